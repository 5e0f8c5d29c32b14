import * as fs from 'fs';
import * as path from 'path';

export interface Expectation {
  ruleId: string;
  /** 1-based line, when the fixture pins it. */
  line?: number;
}

const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/;

/**
 * Fixtures declare what the checker must report in an HTML comment:
 * `<!-- expect: GN301 GN302:14 -->` (a multiset of rule ids, `:N` pins the 1-based line)
 * or `<!-- expect: none -->` for a note that must be clean (no info, warning or error).
 */
export function readExpectations(text: string): Expectation[] | undefined {
  const match = EXPECT.exec(text);
  if (!match) return undefined;
  if (match[1].trim() === 'none') return [];
  return match[1]
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => {
      const [ruleId, line] = token.split(':');
      return { ruleId, line: line ? Number(line) : undefined };
    });
}

export function listFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...listFixtures(full));
    else if (entry.isFile() && entry.name.endsWith('.group.md')) found.push(full);
  }
  return found.sort();
}
