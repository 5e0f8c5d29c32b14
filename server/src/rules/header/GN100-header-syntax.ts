import type { Rule } from '../types';

/**
 * GN100: the YAML header is missing, never closed, not valid YAML, or not a mapping. Each problem the
 * parser found (`note.headerProblems`) becomes one finding at its exact range: a YAML syntax error points
 * at the character the YAML parser stopped at, an unclosed header at its opening `---`.
 *
 * No fix hint: the right repair depends on what the clinician meant to write.
 */
export const gn100: Rule = {
  id: 'GN100',
  name: 'header-syntax',
  description: 'The YAML header is missing, not closed with "---", not valid YAML, or not a mapping of fields.',
  tags: ['header', 'format'],
  defaultSeverity: 'error',
  source: 'format',
  check({ note }, report) {
    for (const problem of note.headerProblems) {
      report({ message: problem.message, range: problem.range });
    }
  },
};
