import * as path from 'path';
import * as vscode from 'vscode';
import {
  Requests,
  type DisclosureExemption,
  type ExportRecordsParams,
  type ExportRecordsResult,
} from '../../../protocol/src/protocol';
import { dateProblem, firstOfMonth, today } from '../dates';
import type { GroupNoteServer } from '../server';
import { plural } from '../text';
import { askDate, ensureTrusted, saveNotes } from './exportClaims';

/** Arguments when run from code (tests, other extensions): whatever is given is not asked for. */
export type RecordsOptions = Partial<Omit<ExportRecordsParams, 'exempt'>> & { exempt?: DisclosureExemption | 'none' };

const TITLE = 'Export Records Packet';
const STEPS = 6;

/** Choices for the accounting of disclosures (45 CFR 164.528(a)(1)); the server checks them again. */
const EXEMPT_CHOICES: { label: string; detail: string; value: DisclosureExemption | 'none' }[] = [
  {
    label: 'Not exempt',
    detail: "Listed in the patient's accounting of disclosures (e.g. a subpoena, a public health report)",
    value: 'none',
  },
  { label: 'Payment', detail: "Exempt: a payer's records request for a claim", value: 'payment' },
  { label: 'Treatment', detail: 'Exempt: to another provider treating the patient', value: 'treatment' },
  {
    label: 'Health care operations',
    detail: 'Exempt: audits, quality review inside the practice',
    value: 'operations',
  },
  { label: 'The patient', detail: 'Exempt: a copy for the patient themself', value: 'individual' },
  { label: 'Authorization', detail: "Exempt: under the patient's signed authorization", value: 'authorization' },
];

/**
 * `groupnote.exportRecords`: asks for the patient, the date range, the recipient, the purpose and whether
 * the release is exempt from the accounting; the server writes the PDF and records the disclosure.
 */
export async function exportRecordsPacket(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  arg?: RecordsOptions,
): Promise<ExportRecordsResult | undefined> {
  if (!ensureTrusted('releasing records', 'release records')) return undefined;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(
      'GroupNote: open the folder with the group notes to export a records packet.',
    );
    return undefined;
  }
  const options = arg && !(arg instanceof vscode.Uri) ? arg : {};
  const step = (n: number) => `${TITLE} (${n}/${STEPS})`;
  const patientId =
    options.patientId ??
    (await askText(step(1), 'Patient: the roster member id (e.g. P001), never the name', 'member id'));
  if (patientId === undefined) return undefined;
  const from = options.from ?? (await askDate(step(2), 'First date of service (YYYY-MM-DD)', firstOfMonth()));
  if (from === undefined) return undefined;
  const to = options.to ?? (await askDate(step(3), `Last date of service (YYYY-MM-DD), from ${from}`, today(), from));
  if (to === undefined) return undefined;
  for (const date of [from, to]) {
    const problem = dateProblem(date);
    if (problem) throw new Error(problem);
  }
  const recipient =
    options.recipient ?? (await askText(step(4), 'Released to: the person or organisation receiving it', 'recipient'));
  if (recipient === undefined) return undefined;
  const purpose =
    options.purpose ??
    (await askText(step(5), 'Purpose of the release (recorded in the accounting of disclosures)', 'purpose'));
  if (purpose === undefined) return undefined;
  const exempt = options.exempt ?? (await askExemption(step(6)));
  if (exempt === undefined) return undefined;

  await saveNotes(() => true);
  const params: ExportRecordsParams = {
    patientId,
    from,
    to,
    recipient,
    purpose,
    ...(options.requestedBy ? { requestedBy: options.requestedBy } : {}),
    ...(exempt !== 'none' ? { exempt } : {}),
    ...(options.outDir ? { outDir: options.outDir } : {}),
    ...(options.uri ? { uri: options.uri } : {}),
  };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `GroupNote: preparing the records packet…` },
    () => server.request<ExportRecordsResult>(Requests.exportRecords, params),
  );
  // Ids and counts only: the output channel never receives names, recipients or note text.
  output.appendLine(
    `[${new Date().toISOString()}] Records packet: ` +
      (result.error
        ? 'not written (see the notification).'
        : `${plural(result.sessions, 'session')}, ${plural(result.claims, 'claim')}, ` +
          `disclosure ${result.disclosureId}, ` +
          `${path.basename(result.file ?? '')}`),
  );
  void showResult(result);
  return result;
}

async function showResult(result: ExportRecordsResult): Promise<void> {
  const unsigned = result.leftOut.length
    ? ` ${plural(result.leftOut.length, 'note')} not releasable (unsigned or unfinished) left out: ` +
      `${result.leftOut.map((item) => item.date).join(', ')}.`
    : '';
  if (result.error || !result.file) {
    void vscode.window.showErrorMessage(
      `GroupNote: no records packet written: ${result.error ?? 'unknown'}.${unsigned}`,
    );
    return;
  }
  const open = 'Open PDF';
  const choice = await vscode.window.showInformationMessage(
    `GroupNote: records packet written (${plural(result.sessions, 'session')}` +
      `${result.heldBack ? `, ${result.heldBack} held back from billing` : ''}), ` +
      `recorded as disclosure ${result.disclosureId}.` +
      unsigned,
    open,
  );
  if (choice === open) await vscode.env.openExternal(vscode.Uri.file(result.file));
}

async function askText(title: string, prompt: string, what: string): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt,
    ignoreFocusOut: true,
    validateInput: (text) =>
      !text.trim()
        ? `Enter the ${what}.`
        : text.length > 300
          ? `At most 300 characters (it is ${text.length}).`
          : undefined,
  });
  return answer?.trim();
}

async function askExemption(title: string): Promise<DisclosureExemption | 'none' | undefined> {
  const picked = await vscode.window.showQuickPick(EXEMPT_CHOICES, {
    title,
    placeHolder: "Is this release exempt from the patient's accounting of disclosures (45 CFR 164.528)?",
    ignoreFocusOut: true,
  });
  return picked?.value;
}
