import type { Directive, DirectiveRegion } from '../model/note';
import type { LineIndex } from '../model/positions';

/** The directive keyword at the start of a comment's content (sticky: tried at one position only). */
const BODY_KEYWORD = /\s*groupnote-(disable-next-line|disable-line|disable|enable)\b/y;
const HEADER_DIRECTIVE = /#\s*groupnote-(disable-line|disable-next-line|disable)\b(.*)$/;
const RULE_ID = /GN\d{3}/gi;

function ruleIdsIn(text: string): string[] {
  return (text.match(RULE_ID) ?? []).map((id) => id.toUpperCase());
}

/**
 * Reads inline directives. Body: `<!-- groupnote-disable|enable|disable-next-line [ids] -->`.
 * Header (YAML comments): `# groupnote-disable-line [ids]` for that line, `# groupnote-disable [ids]` for the whole
 * file.
 */
export function parseDirectives(
  text: string,
  lines: LineIndex,
  header: { contentStart: number; contentEnd: number },
  bodyStart: number,
): DirectiveRegion[] {
  const regions: DirectiveRegion[] = [];
  const lastLine = lines.lineCount - 1;

  if (header.contentEnd > header.contentStart) {
    const first = lines.positionAt(header.contentStart).line;
    const last = lines.positionAt(header.contentEnd).line;
    for (let line = first; line < last; line++) {
      const text = lines.lineText(line);
      const match = HEADER_DIRECTIVE.exec(text);
      if (!match) continue;
      const ruleIds = ruleIdsIn(match[2]);
      const directive: Directive = {
        keyword: `groupnote-${match[1] as 'disable' | 'disable-line' | 'disable-next-line'}`,
        ruleIds,
        range: { start: { line, character: match.index }, end: { line, character: text.length } },
      };
      if (match[1] === 'disable-line') regions.push({ ruleIds, directive, fromLine: line, toLine: line });
      else if (match[1] === 'disable-next-line')
        regions.push({ ruleIds, directive, fromLine: line + 1, toLine: line + 1 });
      else regions.push({ ruleIds, directive, fromLine: 0, toLine: lastLine });
    }
  }

  const open = new Map<string, { line: number; directive: Directive }>();
  for (const found of bodyDirectives(text, bodyStart)) {
    const line = lines.positionAt(found.at).line;
    const ruleIds = ruleIdsIn(found.args);
    const keys = ruleIds.length ? ruleIds : ['*'];
    if (found.kind === 'enable') {
      const closing = ruleIds.length ? keys.filter((key) => open.has(key)) : [...open.keys()];
      for (const key of closing) {
        const opened = open.get(key)!;
        regions.push({
          ruleIds: key === '*' ? [] : [key],
          directive: opened.directive,
          fromLine: opened.line,
          toLine: line,
        });
        open.delete(key);
      }
      continue;
    }
    const directive: Directive = {
      keyword: `groupnote-${found.kind as 'disable' | 'disable-line' | 'disable-next-line'}`,
      ruleIds,
      range: lines.rangeOf(found.at, found.end),
    };
    switch (found.kind) {
      case 'disable-next-line':
        regions.push({ ruleIds, directive, fromLine: line + 1, toLine: line + 1 });
        break;
      case 'disable-line':
        regions.push({ ruleIds, directive, fromLine: line, toLine: line });
        break;
      case 'disable':
        for (const key of keys) if (!open.has(key)) open.set(key, { line, directive });
        break;
    }
  }
  for (const [key, opened] of open)
    regions.push({
      ruleIds: key === '*' ? [] : [key],
      directive: opened.directive,
      fromLine: opened.line,
      toLine: lastLine,
    });
  return regions;
}

/**
 * `<!-- groupnote-<kind> <args> -->` comments from `bodyStart` on: a comment whose content, up to the
 * first `-->`, starts with the keyword and holds no `>`. Index scans in linear time (many unclosed
 * `<!--` must not make this quadratic, as a lazy regular expression would).
 */
function bodyDirectives(text: string, bodyStart: number): { at: number; end: number; kind: string; args: string }[] {
  const found: { at: number; end: number; kind: string; args: string }[] = [];
  let close = bodyStart;
  let from = bodyStart;
  for (;;) {
    const at = text.indexOf('<!--', from);
    if (at < 0) break;
    if (close >= 0 && close < at + 4) close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    BODY_KEYWORD.lastIndex = at + 4;
    const keyword = BODY_KEYWORD.exec(text);
    if (keyword && keyword.index + keyword[0].length <= close) {
      const args = text.slice(keyword.index + keyword[0].length, close);
      if (!args.includes('>')) {
        found.push({ at, end: close + 3, kind: keyword[1], args });
        from = close + 3;
        continue;
      }
    }
    from = at + 1;
  }
  return found;
}

/** The region that silences `ruleId` on `line`, if any. */
export function suppressingRegion(
  regions: DirectiveRegion[],
  ruleId: string,
  line: number,
): DirectiveRegion | undefined {
  return regions.find(
    (region) =>
      line >= region.fromLine &&
      line <= region.toLine &&
      (region.ruleIds.length === 0 || region.ruleIds.includes(ruleId)),
  );
}
