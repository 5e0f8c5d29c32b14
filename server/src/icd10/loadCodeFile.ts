import * as fs from 'fs';
import * as path from 'path';
import { CodeSet } from './codeSet';
import type { IcdCodeSet } from './types';

/** A problem with a code file: reported, never thrown. `line` is 0-based (the message shows it 1-based). */
export interface CodeFileProblem {
  file: string;
  line?: number;
  message: string;
}

export interface CodeFileOptions {
  /** CMS "codes" file (`icd10cm-codes-2026.txt`): billable codes only. */
  codesFile?: string;
  /** CMS "order" file (`icd10cm-order-2026.txt`): billable codes and headers, with a 0/1 flag. */
  orderFile?: string;
}

export interface CodeFileResult {
  /** Undefined when no file gave any code (callers keep the built-in set). */
  codeSet?: IcdCodeSet;
  problems: CodeFileProblem[];
}

/** Files larger than this are reported, not read (the full FY2026 order file is about 15 MB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Malformed lines reported one by one per file; the rest are summed up in one problem. */
const MAX_LINE_PROBLEMS = 20;

interface ParsedFile {
  billable: Map<string, string>;
  headers: Map<string, string>;
  problems: CodeFileProblem[];
}

interface FileCacheEntry {
  mtimeMs: number;
  size: number;
  parsed: ParsedFile;
}

const fileCache = new Map<string, FileCacheEntry>();
/** Code sets of recent (codes, order) pairs by their files' stamps; a few workspaces may use different files. */
const resultCache = new Map<string, CodeFileResult>();
const MAX_RESULTS = 4;

/**
 * Loads an ICD-10-CM code set from CMS files: a codes file, an order file, or both (union;
 * a code billable in either is billable). Never throws: missing or unreadable files and
 * malformed lines become problems. Each file's format is recognised from its first line, so a
 * file given in the wrong slot still loads. Parsed files are cached by (path, mtime, size), and
 * an unchanged pair of files returns the same code set.
 */
export function loadCodeFiles(options: CodeFileOptions): CodeFileResult {
  const files = [
    { file: options.codesFile, kind: 'codes' as const },
    { file: options.orderFile, kind: 'order' as const },
  ].filter(
    (item): item is { file: string; kind: 'codes' | 'order' } =>
      typeof item.file === 'string' && item.file.trim() !== '',
  );
  if (files.length === 0) return { problems: [] };

  const parsed: ParsedFile[] = [];
  const problems: CodeFileProblem[] = [];
  const keyParts: string[] = [];
  for (const { file, kind } of files) {
    const read = readCodeFile(file, kind);
    if ('problem' in read) {
      problems.push(read.problem);
      keyParts.push(`${kind}:${file}:missing`);
      continue;
    }
    parsed.push(read.parsed);
    keyParts.push(`${kind}:${file}:${read.stamp}`);
  }
  const key = keyParts.join('\n');
  // Unreadable files are not cached (they may appear at any time), so a key with one is never reused.
  const cached = parsed.length === files.length ? resultCache.get(key) : undefined;
  if (cached) return { codeSet: cached.codeSet, problems: [...cached.problems] };
  for (const file of parsed) problems.push(...file.problems);

  let billable: Map<string, string>;
  let headers: Map<string, string>;
  if (parsed.length === 1) {
    ({ billable, headers } = parsed[0]);
  } else {
    billable = new Map();
    headers = new Map();
    for (const file of parsed) {
      for (const [code, title] of file.billable) if (!billable.has(code)) billable.set(code, title);
      for (const [code, title] of file.headers) if (!headers.get(code)) headers.set(code, title);
    }
  }
  let codeSet: IcdCodeSet | undefined;
  if (billable.size > 0) {
    codeSet = new CodeSet(billable, headers, 'file');
  } else if (parsed.length > 0) {
    problems.push({
      file: files[0].file,
      message:
        `no billable ICD-10-CM code found in ${files.map((item) => item.file).join(' or ')}; the built-in ` +
        `code list is used`,
    });
  }
  const result: CodeFileResult = { codeSet, problems };
  if (parsed.length === files.length) {
    if (resultCache.size >= MAX_RESULTS) resultCache.delete(resultCache.keys().next().value as string);
    resultCache.set(key, { codeSet, problems: [...problems] });
  }
  return result;
}

/** Drops cached files (tests, or a "reload" command). */
export function clearCodeFileCache(): void {
  fileCache.clear();
  resultCache.clear();
}

function readCodeFile(
  file: string,
  kind: 'codes' | 'order',
): { parsed: ParsedFile; stamp: string } | { problem: CodeFileProblem } {
  const label = kind === 'codes' ? 'ICD-10-CM codes file' : 'ICD-10-CM order file';
  const absolute = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (code ?? 'I/O error');
    return { problem: { file, message: `cannot read the ${label} ${file}: ${why}` } };
  }
  if (!stat.isFile()) return { problem: { file, message: `cannot read the ${label} ${file}: not a file` } };
  if (stat.size > MAX_FILE_BYTES)
    return { problem: { file, message: `the ${label} ${file} is larger than 64 MB and was not read` } };
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const cached = fileCache.get(absolute);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
    return { parsed: withFile(cached.parsed, file), stamp };
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: {
        file,
        message: `cannot read the ${label} ${file}: ${code === 'EACCES' ? 'permission denied' : (code ?? 'I/O error')}`,
      },
    };
  }
  const parsed = parseCodeText(text, file, kind);
  fileCache.set(absolute, { mtimeMs: stat.mtimeMs, size: stat.size, parsed });
  return { parsed, stamp };
}

/**
 * Cached problems name the file as first given; re-label them if it is now given differently (relative vs absolute).
 */
function withFile(parsed: ParsedFile, file: string): ParsedFile {
  if (parsed.problems.every((problem) => problem.file === file)) return parsed;
  return {
    ...parsed,
    problems: parsed.problems.map((problem) => ({
      ...problem,
      file,
      message: problem.message.split(problem.file).join(file),
    })),
  };
}

/** Bare ICD-10-CM code: letter, digit, alphanumeric, up to four more alphanumerics. */
const BARE_CODE = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;
/** Order-file line (columns 1-5 order number, 7-13 code, 15 flag, 17-76 short title, 78- long title), loosely. */
const ORDER_LOOSE = /^\s*(\d+)\s+([0-9A-Za-z.]{3,8})\s+([01])\s+(\S.*)$/;
/** Codes-file line (also accepts a dotted code or a single space after an unpadded code). */
const CODES_LINE = /^([A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?)\s+(\S.*)$/;

/**
 * Parses the text of a CMS codes or order file. `kind` is the slot the file was given in; the
 * format actually used is recognised from the first non-blank line (an order line starts with
 * a number).
 */
export function parseCodeText(text: string, file: string, kind: 'codes' | 'order'): ParsedFile {
  const billable = new Map<string, string>();
  const headers = new Map<string, string>();
  const problems: CodeFileProblem[] = [];
  let malformed = 0;
  let format: 'codes' | 'order' | undefined;
  const expected = (used: 'codes' | 'order') =>
    used === 'codes'
      ? 'expected a CMS codes line: the code without the dot padded to 7 characters, a space, the title'
      : 'expected a CMS order line: 5-digit order number, the code padded to 7, the billable flag 0/1, the short ' +
        'title padded to 60, the long title';

  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineIndex = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const index = lineIndex;
    lineIndex++;
    start = end + 1;
    if (line.trim() === '') continue;
    format ??= /^\s*\d+\s/.test(line) ? 'order' : 'codes';

    let code: string | undefined;
    let title: string | undefined;
    let isBillable = true;
    if (format === 'order') {
      const flag = line[14];
      if (
        line.length > 77 &&
        /^\d{5}$/.test(line.slice(0, 5)) &&
        line[5] === ' ' &&
        line[13] === ' ' &&
        (flag === '0' || flag === '1') &&
        line[15] === ' ' &&
        line[76] === ' '
      ) {
        code = line.slice(6, 13).trim().toUpperCase();
        isBillable = flag === '1';
        title = line.slice(77).trim() || line.slice(16, 76).trim();
      } else {
        const loose = ORDER_LOOSE.exec(line);
        if (loose) {
          code = loose[2].replace(/\./g, '').toUpperCase();
          isBillable = loose[3] === '1';
          // Short title padded to 60 then the long title; otherwise take the rest as the title.
          const rest = loose[4];
          title = (rest.length > 61 && rest[60] === ' ' ? rest.slice(61) : rest).trim();
        }
      }
    } else {
      // Fast path: the exact CMS layout (code padded to 7, a space, the title).
      const padded = line.length > 8 && line[7] === ' ' && line[8] !== ' ' ? line.slice(0, 7).trimEnd() : '';
      if (padded && BARE_CODE.test(padded)) {
        code = padded;
        title = line.slice(8).trimEnd();
      } else {
        const match = CODES_LINE.exec(line);
        if (match) {
          code = match[1].replace(/\./g, '').toUpperCase();
          title = match[2].trimEnd();
        }
      }
    }

    if (code === undefined || title === undefined || !BARE_CODE.test(code)) {
      malformed++;
      if (malformed <= MAX_LINE_PROBLEMS) {
        // The line itself is never quoted: a misconfigured path can point at a note or a secrets file.
        problems.push({ file, line: index, message: `${file}:${index + 1}: ${expected(format)} (content not shown)` });
      }
      continue;
    }
    if (isBillable) billable.set(code, title);
    else headers.set(code, title);
  }
  if (malformed > MAX_LINE_PROBLEMS) {
    problems.push({
      file,
      message: `${file}: ${malformed - MAX_LINE_PROBLEMS} more malformed lines not listed (${malformed} in all)`,
    });
  }
  if (format && format !== kind) {
    problems.push({
      file,
      message:
        `${file} was given as the ICD-10-CM ${kind} file but is in CMS ${format} format; it was read in that ` +
        `format`,
    });
  }
  return { billable, headers, problems };
}
