/**
 * Hover: the ICD-10-CM title of a diagnosis code, a place-of-service name, a modifier's meaning,
 * CPT / modality / status / credential notes, header field documentation on keys, the roster's
 * treatment goals and plan expiry on a member heading or attendee id (on the heading also the patient's earlier
 * sessions, memberHistory.ts), and on a diagnostic's range
 * the rule's description and documentation link.
 */
import { dottedCode, isIcd10Shaped } from '../../icd10/types';
import type { MemberSection } from '../../model/note';
import { comparePositions, type Position, type Range } from '../../model/positions';
import { dateText } from '../../parse/values';
import { readCredential } from '../../billing/credentials';
import { ruleById } from '../../rules';
import { docsUrl } from '../../rules/types';
import type { RosterPatient } from '../../workspace/types';
import type { NoteAnalysis } from '../groupNoteService';
import { cptInfo, CREDENTIALS, displayName, MODALITY_DOCS, modifierInfo, posInfo, STATUS_DOCS } from './catalog';
import { memberHistoryDoc, type MemberHistory } from './memberHistory';
import type { HoverResult } from './types';
import { headerFieldEntry, type HeaderFieldEntry } from '../../model/headerRegistry';
import { isScalar, nodeAtOffset } from './yamlAst';

type Analysis = Pick<NoteAnalysis, 'note' | 'findings' | 'workspace'>;

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The member section whose heading holds `offset`, if any. */
export function memberHeadingAt(analysis: Pick<Analysis, 'note'>, offset: number): MemberSection | undefined {
  const position = analysis.note.lines.positionAt(offset);
  return analysis.note.sections.find((candidate) => contains(candidate.headingRange, position));
}

/**
 * `history`: the workspace's other notes (the language server's index), for the patient's earlier sessions on a
 * member heading; without it the heading shows the roster only.
 */
export function hover(analysis: Analysis, offset: number, history?: MemberHistory): HoverResult | undefined {
  const { note } = analysis;
  const position = note.lines.positionAt(offset);
  const parts: string[] = [];
  let range: Range | undefined;

  const header =
    offset >= note.header.contentStart && offset <= note.header.contentEnd ? headerHover(analysis, offset) : undefined;
  if (header) {
    parts.push(header.markdown);
    range = header.range;
  }
  const section = memberHeadingAt(analysis, offset);
  if (section?.id) {
    const patient = analysis.workspace.roster?.patients.get(section.id);
    const attendee = note.attendees.find((candidate) => candidate.id === section.id);
    const lines: string[] = [
      `**${section.name} ` +
        `(${section.id})**${attendee ? ` — ${attendee.status || 'no status'}` : ' — not in the attendees'}`,
    ];
    if (attendee?.dx.length)
      lines.push(`Diagnoses in this note: ${attendee.dx.map((code) => describeCode(analysis, code)).join('; ')}`);
    if (patient) lines.push(planDoc(patient, dateText(note.header.value?.date)));
    else if (analysis.workspace.roster) lines.push(`${section.id} is not in the roster.`);
    const sessions =
      history && memberHistoryDoc(history, section.id, { uri: note.uri, date: dateText(note.header.value?.date) });
    if (sessions) lines.push(sessions);
    parts.push(lines.join('\n\n'));
    range = section.headingRange;
  }

  // Rules whose findings cover the position: what they check and where to read more.
  const ruleIds = [
    ...new Set(
      analysis.findings.filter((finding) => contains(finding.range, position)).map((finding) => finding.ruleId),
    ),
  ];
  for (const id of ruleIds) {
    const rule = ruleById(id);
    if (!rule) continue;
    const href = docsUrl(rule.id);
    parts.push(
      `**${rule.id}** ${rule.name} — ${rule.description}\n\nSource: ${rule.source}.` +
        (href ? ` [Documentation](${href})` : ''),
    );
  }
  if (!parts.length) return undefined;
  return { markdown: parts.join('\n\n---\n\n'), range };
}

function describeCode(analysis: Analysis, code: string): string {
  if (!isIcd10Shaped(code)) return code;
  const found = analysis.workspace.icd.lookup(code);
  return found.kind === 'billable' ? `${dottedCode(code)} ${found.title}` : dottedCode(code);
}

function planDoc(patient: RosterPatient, sessionDate: string | undefined): string {
  const lines: string[] = [];
  const goals = patient.plan?.goals ?? [];
  if (goals.length) lines.push('Treatment-plan goals:', ...goals.map((goal) => `- **${goal.id}** ${goal.text}`));
  else lines.push('The roster lists no treatment-plan goals.');
  const expires = patient.plan?.expires;
  if (expires) {
    const expired = sessionDate && /^\d{4}-\d{2}-\d{2}$/.test(sessionDate) && expires < sessionDate;
    lines.push(`Plan expires ${expires}${expired ? ' — **expired** on the date of service' : ''}`);
  }
  if (patient.plan?.reviewed) lines.push(`Plan last reviewed ${patient.plan.reviewed}`);
  if (patient.plan?.modalities?.length) lines.push(`Plan modalities: ${patient.plan.modalities.join(', ')}`);
  if (patient.diagnoses.length) lines.push(`Roster diagnoses: ${patient.diagnoses.join(', ')}`);
  return lines.join('\n\n').replace(/\n\n- /g, '\n- ');
}

/** " (required)" for a field GN101 asks for, " (recommended)" for one it warns about. */
function presenceNote(field: HeaderFieldEntry): string {
  return field.checked && field.spec.presence ? ` (${field.spec.presence})` : '';
}

function headerHover(analysis: Analysis, offset: number): HoverResult | undefined {
  const { note } = analysis;
  const at = nodeAtOffset(note, offset);
  if (!at) return undefined;
  const range = note.lines.rangeOf(at.start, at.end);
  if (at.onKey) {
    const field = headerFieldEntry(at.path);
    if (!field) return undefined;
    const name = at.path.filter((step) => typeof step === 'string').join('.');
    return { markdown: `**${name}**${presenceNote(field)}\n\n${field.doc}`, range };
  }
  if (!isScalar(at.node)) return undefined;
  const raw = at.node.value;
  const value =
    typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw).trim() : '';
  if (!value) return undefined;
  const pattern = at.path.map((step) => (typeof step === 'number' ? '*' : step)).join('.');
  const markdown = (() => {
    switch (pattern) {
      case 'attendees.*.dx':
      case 'attendees.*.dx.*': {
        if (!isIcd10Shaped(value))
          return (
            `**${value}** is not an ICD-10-CM code ` + '(letter, two digits, then up to four characters after the dot).'
          );
        const found = analysis.workspace.icd.lookup(value);
        if (found.kind === 'billable') return `**${dottedCode(value)}** ${found.title}\n\nBillable ICD-10-CM code.`;
        if (found.kind === 'header')
          return (
            `**${dottedCode(value)}**${found.title ? ` ${found.title}` : ''}\n\nCategory, not a billable code: ` +
            `pick a more specific code under it.`
          );
        const list =
          analysis.workspace.icd.source === 'builtin'
            ? 'built-in list (load the CMS code file to check it)'
            : 'loaded ICD-10-CM code file';
        return `**${dottedCode(value)}** is not in the ${list}.`;
      }
      case 'pos':
      case 'attendees.*.pos': {
        const code = /^\d$/.test(value) ? `0${value}` : value;
        const info = posInfo(code);
        return info
          ? `**POS ${info.code}** ${info.name}${info.note ? `\n\n${info.note}` : ''}`
          : `**POS ${code}**: not a place-of-service code GroupNote knows for group psychotherapy.`;
      }
      case 'attendees.*.modifiers':
      case 'attendees.*.modifiers.*': {
        const info = modifierInfo(value);
        return info ? `**Modifier ${info.code}** ${info.name}${info.note ? `\n\n${info.note}` : ''}` : undefined;
      }
      case 'cpt':
      case 'attendees.*.sameDay':
      case 'attendees.*.sameDay.*':
      case 'attendees.*.addOns':
      case 'attendees.*.addOns.*': {
        const info = cptInfo(value);
        return info ? `**CPT ${info.code}** ${info.name}${info.note ? `\n\n${info.note}` : ''}` : undefined;
      }
      case 'modality':
        return MODALITY_DOCS[value.toLowerCase()] && `**${value}**: ${MODALITY_DOCS[value.toLowerCase()]}`;
      case 'attendees.*.status':
        return STATUS_DOCS[value.toLowerCase()] && `**${value}**: ${STATUS_DOCS[value.toLowerCase()]}`;
      case 'attendees.*.id': {
        const patient = analysis.workspace.roster?.patients.get(value);
        if (!patient) return analysis.workspace.roster ? `**${value}** is not in the roster.` : undefined;
        const name = displayName(patient.name);
        return `**${name ? `${name} ` : ''}(${value})**\n\n${planDoc(patient, dateText(note.header.value?.date))}`;
      }
      case 'facilitator.credential':
      case 'cofacilitators.*.credential': {
        const known = CREDENTIALS.find((credential) => credential.code.toUpperCase() === value.toUpperCase());
        const kind = readCredential(value).kind;
        const verdict =
          kind === 'billable'
            ? 'Can bill psychotherapy independently.'
            : kind === 'prelicensed'
              ? 'Pre-licensed: bill under a licensed supervisor (`supervisor: { name, npi }`).'
              : 'Not a credential that can bill psychotherapy (GN801).';
        return `**${value}**${known ? ` ${known.name}` : ''}\n\n${verdict}`;
      }
    }
    return undefined;
  })();
  return markdown ? { markdown, range } : undefined;
}
