import { builtinCodes } from './builtinCodes';
import { normalizeCode, type CodeLookup, type IcdCodeSet } from './types';

/** Search index: billable codes, then titled headers, each ordered by code length then code. */
interface SearchIndex {
  codes: string[];
  titles: string[];
  /** Lower-case titles, for word-prefix matching. */
  lower: string[];
}

/** Shortest code that can be a category header (ICD-10-CM categories have 3 characters). */
const MIN_HEADER_LENGTH = 3;

/**
 * An ICD-10-CM code set. Codes are stored in bare form: no dot, upper case (`F411`).
 *
 * - `lookup`: a billable code answers `billable` with its title; a code listed as a header,
 *   or a strict prefix (3+ characters) of a billable code, answers `header` (with the title
 *   when known, e.g. from the CMS order file); anything else is `unknown`.
 * - `search`: for completion; see {@link CodeSet.search}.
 */
export class CodeSet implements IcdCodeSet {
  private readonly prefixes = new Set<string>();
  private index: SearchIndex | undefined;

  /**
   * @param billable bare code (no dot, upper case) -> long title
   * @param headers  known non-billable header codes (bare form) -> title (may be empty)
   */
  constructor(
    private readonly billable: ReadonlyMap<string, string>,
    private readonly headers: ReadonlyMap<string, string> = new Map(),
    readonly source: 'builtin' | 'file' = 'file',
  ) {
    for (const code of billable.keys()) {
      // Longest prefix first: once a prefix is known, all shorter ones were added with it.
      for (let end = code.length - 1; end >= MIN_HEADER_LENGTH; end--) {
        const prefix = code.slice(0, end);
        if (this.prefixes.has(prefix)) break;
        this.prefixes.add(prefix);
      }
    }
  }

  /** Number of billable codes. */
  get size(): number {
    return this.billable.size;
  }

  lookup(code: string): CodeLookup {
    const bare = normalizeCode(code);
    const title = this.billable.get(bare);
    if (title !== undefined) return { kind: 'billable', code: bare, title };
    const headerTitle = this.headers.get(bare);
    if (headerTitle !== undefined)
      return headerTitle ? { kind: 'header', code: bare, title: headerTitle } : { kind: 'header', code: bare };
    if (this.prefixes.has(bare)) return { kind: 'header', code: bare };
    return { kind: 'unknown', code: bare };
  }

  /**
   * Entries whose code starts with the query (dot optional, any case: `f41`, `F41.1`), or whose
   * title has, for every word of the query, a word starting with it (`gen anx` finds F41.1).
   * Searches billable codes and headers with a known title. Order: billable first, then shorter
   * codes, then by code; an empty query matches everything. Codes are returned in bare form
   * (`F411`; `dottedCode` gives `F41.1`).
   */
  search(query: string, limit: number): { code: string; title: string }[] {
    const max = Math.floor(limit);
    if (!(max > 0)) return [];
    const trimmed = query.trim();
    const codeQuery = normalizeCode(trimmed);
    const codeLike = /^[A-Z][0-9A-Z]*$/.test(codeQuery);
    const words = trimmed
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const { codes, titles, lower } = this.searchIndex();
    const results: { code: string; title: string }[] = [];
    for (let i = 0; i < codes.length && results.length < max; i++) {
      if (
        trimmed === '' ||
        (codeLike && codes[i].startsWith(codeQuery)) ||
        (words.length > 0 && words.every((word) => hasWordPrefix(lower[i], word)))
      ) {
        results.push({ code: codes[i], title: titles[i] });
      }
    }
    return results;
  }

  /** Built on first search: billable codes, then headers with a title; each by length, then code. */
  private searchIndex(): SearchIndex {
    if (!this.index) {
      const billableCodes = sortCodes([...this.billable.keys()]);
      const headerCodes = sortCodes(
        [...this.headers].filter(([code, title]) => title && !this.billable.has(code)).map(([code]) => code),
      );
      const codes = billableCodes.concat(headerCodes);
      const titles = codes.map(
        (code, i) => (i < billableCodes.length ? this.billable.get(code) : this.headers.get(code)) ?? '',
      );
      this.index = { codes, titles, lower: titles.map((title) => title.toLowerCase()) };
    }
    return this.index;
  }
}

/** Shorter codes first, then in code order (ASCII: digits before letters). */
function sortCodes(codes: string[]): string[] {
  return codes.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

function isAlphanumeric(charCode: number): boolean {
  return (
    (charCode >= 48 && charCode <= 57) || (charCode >= 97 && charCode <= 122) || (charCode >= 65 && charCode <= 90)
  );
}

/** Whether some word of `text` (lower case) starts with `word`. */
function hasWordPrefix(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isAlphanumeric(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

let builtin: CodeSet | undefined;

/** The built-in table (see builtinCodes.ts) as a code set with source 'builtin'; one shared instance. */
export function builtinCodeSet(): CodeSet {
  builtin ??= new CodeSet(builtinCodes(), new Map(), 'builtin');
  return builtin;
}
