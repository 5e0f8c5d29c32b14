/**
 * Per-patient chart notes (issue 13): `chartNotesOf` decides which attendees of a note get one,
 * `buildChartNote` builds one (other attendees masked as "a peer"), the renderers write it out.
 */
export { buildChartNote, type ChartOptions, type ChartResult } from './buildChartNote';
export { chartNotesOf, type ChartNotesOptions, type NoteCharts } from './chartNotes';
export { chartBlocks, type ChartBlock } from './layout';
export { renderChartMarkdown } from './markdown';
export { peerMasker, PEER, type Masker } from './maskPeers';
export type { ChartDiagnosis, ChartGoal, ChartNote, ChartPerson } from './types';
