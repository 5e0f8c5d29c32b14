import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { docsUrl, type Finding, type Severity } from '../rules/types';

export const DIAGNOSTIC_SOURCE = 'groupnote';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A finding as an LSP diagnostic: `code` is the rule id, `codeDescription` its docs page; `data` carries the fix hint.
 */
export function toDiagnostic(finding: Finding): Diagnostic {
  const href = docsUrl(finding.ruleId);
  return {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: href ? { href } : undefined,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { ruleId: finding.ruleId, attendeeId: finding.attendeeId, fix: finding.fix },
  };
}
