/**
 * The labelled corpus reader (eval/corpus.mjs), as `npm run eval` and eval/validate-corpus.mjs use it: an
 * item's id names its split (`<setting>-d-<nnn>` in dev, `<setting>-h-<nnn>` in held-out), so an item
 * copied or moved across the splits is reported instead of silently scored in the wrong one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { importModule } from '../support/esm';
import { repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';

interface CorpusReader {
  readCorpus(dirs: string[]): { problems: string[]; counts: { items: number } };
}

const ITEM = (id: string) => `  - id: ${id}
    style: terse
    member: { id: P1, name: Dana K. }
    others: []
    goals: [{ id: G1, text: Sleep more }]
    modality: in-person
    text: |
      Dana practised paced breathing and rated her anxiety 6 -> 3.
    labels:
      elements: { participation: true, mood: true, progress: true, plan: false }
      vague: false
      namesOther: false
      goalLink: false
      location: null
      audioReason: null
      risk: []
`;

const temps = new TempDirs();

function corpusWith(split: string, ids: string[]): string {
  const root = temps.make('groupnote-corpus-');
  fs.mkdirSync(path.join(root, split));
  fs.writeFileSync(
    path.join(root, split, 'cmh.yaml'),
    `setting: cmh\nauthor: writer-t\nitems:\n${ids.map(ITEM).join('')}`,
  );
  return path.join(root, split);
}

describe('eval corpus reader', () => {
  let reader: CorpusReader;
  before(async () => {
    reader = await importModule<CorpusReader>(path.join(repoRoot, 'eval', 'corpus.mjs'));
  });
  after(() => temps.removeAll());

  it('accepts ids that name their setting and split', () => {
    const { problems, counts } = reader.readCorpus([corpusWith('dev', ['cmh-d-001', 'cmh-d-002'])]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(counts.items, 2);
  });

  it('reports a held-out id in the dev split, an id of another setting and an id without a number', () => {
    const { problems } = reader.readCorpus([corpusWith('dev', ['cmh-h-001', 'iop-sud-d-002', 'cmh-d-x'])]);
    assert.strictEqual(problems.length, 3, problems.join('\n'));
    assert.ok(problems.every((problem) => /id must be cmh-d-<nnn> in the dev split/.test(problem)));
  });

  it('reports a dev id in the held-out split', () => {
    const { problems } = reader.readCorpus([corpusWith('heldout', ['cmh-d-001'])]);
    assert.match(problems.join('\n'), /id must be cmh-h-<nnn> in the heldout split/);
  });
});
