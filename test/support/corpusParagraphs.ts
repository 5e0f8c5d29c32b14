/**
 * Member paragraphs of both corpus splits (eval/corpus/dev and heldout, files in name order) for equivalence tests of
 * the detectors' fast paths (analysisSentenceShapes, goalIdShortcut): only their texts, never their labels, so a test
 * reads the held-out prose as any other input and scores nothing.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from './paths';

/** Every `step`-th paragraph text of both splits, from `offset`. */
export function corpusParagraphs(step: number, offset = 0): string[] {
  const found: string[] = [];
  for (const split of ['dev', 'heldout']) {
    const dir = path.join(repoRoot, 'eval', 'corpus', split);
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()) {
      const items = (parse(readFileSync(path.join(dir, file), 'utf8')) as { items?: { text: string }[] })?.items;
      for (const item of items ?? []) if (typeof item.text === 'string') found.push(item.text);
    }
  }
  return found.filter((_, at) => at % step === offset);
}
