import { allRules } from '../../rules';
import { docsUrl, type Severity } from '../../rules/types';
import { GROUPNOTE_VERSION } from '../../version';
import type { Formatter } from './types';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 with one run; positions are 1-based lines and UTF-16 columns, as SARIF's default. */
export const formatSarif: Formatter = (results) => {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'groupnote',
            version: GROUPNOTE_VERSION,
            rules: allRules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              helpUri: docsUrl(rule.id),
              defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
              properties: { tags: rule.tags },
            })),
          },
        },
        artifacts: results.map(({ file }) => ({ location: { uri: toUriReference(file) } })),
        results: results.flatMap(({ file, findings, suppressed = [] }, artifactIndex) =>
          [...findings, ...suppressed].map((finding, position) => ({
            // SARIF's own way to list a silenced result: an in-source suppression.
            ...(position >= findings.length ? { suppressions: [{ kind: 'inSource' }] } : {}),
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId),
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUriReference(file), index: artifactIndex },
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function toUriReference(file: string): string {
  const forward = file.split('\\').join('/');
  return forward.startsWith('/') ? `file://${encodeURI(forward)}` : encodeURI(forward);
}
