/**
 * The member-prose toolkit: the one entry point rules and services import from.
 *
 * - Sections and segmentation: `sectionProse` / `narrativeProse` (sentences, clauses, labels, quotes),
 *   `sectionRange` / `narrativeRange` to place a span in the note.
 * - The clinical language layer: `analyseClinical` reads a prose once with the reviewed lexicons
 *   (lexicons/*.yaml, plus `.groupnote/config.yaml` additions via `lexiconsFor`) and ConText.
 * - Detectors on that analysis: risk (GN305), elements (GN301), vague phrases (GN302), goal links
 *   (GN306), names (GN304), telehealth statements (GN503/GN505), family ties (GN606); masking and
 *   similarity (GN303); didactic delivery and excluded activities (GN701/GN702); same-day individual
 *   sessions (GN601) and interactive complexity (GN603).
 */
export * from './analysis';
export * from './clinicalLexicons';
export * from './elements';
export * from './goals';
export * from './goalProgress';
export * from './goalLapses';
export * from './memo';
export * from './names';
export * from './risk';
export { findRiskResponses, hasRiskResponse, riskResponses, unansweredDisclosures } from './riskResponses';
export * from './section';
export * from './segment';
export * from './similarity';
export * from './historyPrint';
export * from './vague';
export * from './scope';
export * from './telehealth';
export * from './family';
export * from './individualSession';
export * from './interactiveComplexity';
export type { Match } from './lexicon';
export type { Attributes, ContextCategory } from './contextTypes';
