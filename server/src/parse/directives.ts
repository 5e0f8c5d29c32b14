import type { DirectiveRegion } from '../model/note';
import type { LineIndex } from '../model/positions';

const BODY_DIRECTIVE = /<!--\s*groupnote-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const HEADER_DIRECTIVE = /#\s*groupnote-(disable-line|disable-next-line|disable)\b(.*)$/;
const RULE_ID = /GN\d{3}/gi;

function ruleIdsIn(text: string): string[] {
  return (text.match(RULE_ID) ?? []).map((id) => id.toUpperCase());
}

/**
 * Reads inline directives. Body: `<!-- groupnote-disable|enable|disable-next-line [ids] -->`.
 * Header (YAML comments): `# groupnote-disable-line [ids]` for that line, `# groupnote-disable [ids]` for the whole file.
 */
export function parseDirectives(text: string, lines: LineIndex, header: { contentStart: number; contentEnd: number }, bodyStart: number): DirectiveRegion[] {
  const regions: DirectiveRegion[] = [];
  const lastLine = lines.lineCount - 1;

  if (header.contentEnd > header.contentStart) {
    const first = lines.positionAt(header.contentStart).line;
    const last = lines.positionAt(header.contentEnd).line;
    for (let line = first; line < last; line++) {
      const match = HEADER_DIRECTIVE.exec(lines.lineText(line));
      if (!match) continue;
      const ruleIds = ruleIdsIn(match[2]);
      if (match[1] === 'disable-line') regions.push({ ruleIds, fromLine: line, toLine: line });
      else if (match[1] === 'disable-next-line') regions.push({ ruleIds, fromLine: line + 1, toLine: line + 1 });
      else regions.push({ ruleIds, fromLine: 0, toLine: lastLine });
    }
  }

  const open = new Map<string, number>();
  const body = text.slice(bodyStart);
  for (const match of body.matchAll(BODY_DIRECTIVE)) {
    const line = lines.positionAt(bodyStart + (match.index ?? 0)).line;
    const ruleIds = ruleIdsIn(match[2]);
    const keys = ruleIds.length ? ruleIds : ['*'];
    switch (match[1]) {
      case 'disable-next-line':
        regions.push({ ruleIds, fromLine: line + 1, toLine: line + 1 });
        break;
      case 'disable-line':
        regions.push({ ruleIds, fromLine: line, toLine: line });
        break;
      case 'disable':
        for (const key of keys) if (!open.has(key)) open.set(key, line);
        break;
      case 'enable': {
        const closing = ruleIds.length ? keys.filter((key) => open.has(key)) : [...open.keys()];
        for (const key of closing) {
          regions.push({ ruleIds: key === '*' ? [] : [key], fromLine: open.get(key) as number, toLine: line });
          open.delete(key);
        }
        break;
      }
    }
  }
  for (const [key, fromLine] of open) regions.push({ ruleIds: key === '*' ? [] : [key], fromLine, toLine: lastLine });
  return regions;
}

export function isSuppressed(regions: DirectiveRegion[], ruleId: string, line: number): boolean {
  return regions.some((region) => line >= region.fromLine && line <= region.toLine && (region.ruleIds.length === 0 || region.ruleIds.includes(ruleId)));
}
