/** Analysed prose of member sections and of the group narrative, computed once per parsed note. */
import type { MemberSection, ParsedNote } from '../model/note';
import { blankComments } from '../parse/sections';
import { analyzeProse, type Prose } from './segment';

const sectionCache = new WeakMap<MemberSection, Prose>();
const narrativeCache = new WeakMap<ParsedNote, Prose>();

/** The prose of a member section (HTML comments already blanked by the parser), with absolute offsets. */
export function sectionProse(section: MemberSection): Prose {
  let prose = sectionCache.get(section);
  if (!prose) {
    prose = analyzeProse(section.body, section.bodyStart);
    sectionCache.set(section, prose);
  }
  return prose;
}

/** The group narrative before the first member section (HTML comments such as fixture expectations blanked). */
export function narrativeProse(note: ParsedNote): Prose {
  let prose = narrativeCache.get(note);
  if (!prose) {
    prose = analyzeProse(blankComments(note.narrative.text), note.narrative.start);
    narrativeCache.set(note, prose);
  }
  return prose;
}

/** Whether a section has no words at all (blank, "...", "TBD"). */
export function isEmptySection(prose: Prose): boolean {
  return prose.tokens.filter((token) => !/^(?:tbd|tba|todo|n\/?a|na|x+)$/i.test(token.text)).length === 0;
}
