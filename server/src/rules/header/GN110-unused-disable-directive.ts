import type { Directive } from '../../model/note';
import type { Rule } from '../types';

/**
 * GN110: an inline `groupnote-disable…` directive that silenced nothing: the rule it names reports
 * nothing there (any more), is off, or is locked by the team (config.yaml `noInlineDisable`). Like
 * ESLint's `reportUnusedDisableDirectives`: a stale directive would silently hide the next real
 * problem on that line or in that file. One finding per directive, at the directive, naming the
 * rule ids that are unused.
 *
 * What each directive silenced is only known once every other rule has run, so the engine
 * (engine/checkNote.ts) calls `checkDirectives` after them; a directive never silences this rule.
 *
 * Fix: `{kind: 'remove-directive', range, ruleIds}`: removes the directive, or only its unused ids.
 */
export const gn110: Rule = {
  id: 'GN110',
  name: 'unused-disable-directive',
  description: 'An inline groupnote-disable directive silences nothing: the rules it names report nothing there.',
  tags: ['header', 'format'],
  defaultSeverity: 'info',
  source: 'format (ESLint reportUnusedDisableDirectives)',
  check() {
    // Reported from checkDirectives, after the other rules: see above.
  },
  checkDirectives({ note, config }, used, report) {
    for (const directive of uniqueDirectives(note.directives.map((region) => region.directive))) {
      const silenced = used.get(directive);
      if (!directive.ruleIds.length) {
        if (silenced?.size) continue;
        report({
          message:
            `This ${directive.keyword} directive silences nothing: ` +
            'no rule reports anything where it applies; remove it.',
          range: directive.range,
          fix: { kind: 'remove-directive', range: directive.range, ruleIds: [] },
        });
        continue;
      }
      const unused = directive.ruleIds.filter((id) => !silenced?.has(id));
      if (!unused.length) continue;
      const reasons = unused.map((id) => {
        if (config.noInlineDisable.includes(id)) return `${id} cannot be disabled inline (config.yaml noInlineDisable)`;
        if (config.rules[id] === 'off') return `${id} is off in config.yaml`;
        return `${id} reports nothing here`;
      });
      const whole = unused.length === directive.ruleIds.length;
      report({
        message:
          `Unused ${directive.keyword} directive: ${reasons.join('; ')}; ` +
          `${whole ? 'remove it' : `remove ${unused.join(', ')} from it`}.`,
        range: directive.range,
        fix: { kind: 'remove-directive', range: directive.range, ruleIds: whole ? [] : unused },
      });
    }
  },
};

function uniqueDirectives(directives: Directive[]): Directive[] {
  return [...new Set(directives)];
}
