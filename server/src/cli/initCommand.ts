import * as path from 'path';
import { createInterface } from 'readline';
import { parseArgs } from 'util';
import { answerProblems, initFiles, parsePayers, type PracticeAnswers } from '../workspace/initPractice';
import { writeInitFiles } from '../workspace/writeInitFiles';
import type { CommandIO } from './checkCommand';
import { UsageError } from './usage';

/** The questions, in order: the flag that answers each, and what is asked at a terminal. */
const QUESTIONS: { key: 'name' | 'npi' | 'taxId' | 'taxonomy' | 'payers'; flag: string; ask: string }[] = [
  { key: 'name', flag: 'name', ask: 'Practice (billing provider) name' },
  { key: 'npi', flag: 'npi', ask: 'Billing NPI (10 digits)' },
  { key: 'taxId', flag: 'tax-id', ask: 'Tax id (EIN, 9 digits)' },
  { key: 'taxonomy', flag: 'taxonomy', ask: 'Taxonomy code (e.g. 101YM0800X)' },
  { key: 'payers', flag: 'payer', ask: 'Payers, as ID=Name separated by commas (blank for none yet)' },
];

/**
 * `groupnote init [FOLDER] --name ... --npi ... --tax-id ... --taxonomy ... [--payer ID=Name ...]`: writes
 * `.groupnote/practice.yaml`, `roster.yaml` and `config.yaml` with comments, never over an existing file.
 * Missing answers are asked for when stdin is a terminal; otherwise they are a usage error.
 */
export async function runInit(args: string[], io: CommandIO, ask = terminalQuestion): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      npi: { type: 'string' },
      'tax-id': { type: 'string' },
      taxonomy: { type: 'string' },
      payer: { type: 'string', multiple: true },
    },
  });
  if (positionals.length > 1) throw new UsageError('init takes one folder');
  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  const given: Record<string, string | undefined> = {
    name: values.name,
    npi: values.npi,
    taxId: values['tax-id'],
    taxonomy: values.taxonomy,
    payers: values.payer?.join(','),
  };
  for (const question of QUESTIONS) {
    if (given[question.key] !== undefined) continue;
    const answer = ask ? await ask(question.ask) : undefined;
    // Payers can be added later; the billing identity cannot be guessed.
    if (answer === undefined && question.key === 'payers') continue;
    if (answer === undefined)
      throw new UsageError(`init needs --${question.flag} (or run it in a terminal to be asked)`);
    given[question.key] = answer;
  }
  const answers: PracticeAnswers = {
    name: given.name ?? '',
    npi: given.npi ?? '',
    taxId: given.taxId ?? '',
    taxonomy: given.taxonomy ?? '',
    payers: parsePayers(given.payers ?? ''),
  };
  const problems = answerProblems(answers);
  if (problems.length) throw new UsageError(`init: ${problems.join('; ')}`);
  const result = await writeInitFiles(folder, initFiles(answers));
  const shown = (file: string) => (path.relative(io.cwd, file).startsWith('..') ? file : path.relative(io.cwd, file));
  for (const file of result.written) io.stdout(`wrote ${shown(file)}\n`);
  for (const file of result.kept) io.stdout(`kept ${shown(file)} (it exists; never overwritten)\n`);
  io.stdout(
    'Next: add your patients to roster.yaml, write a note (*.group.md; "GroupNote: New Group Note" in VS Code),\n' +
      'then "groupnote check" and "groupnote export".\n',
  );
  return 0;
}

/** Asks at a terminal; undefined when stdin is not one (scripts must pass flags). */
async function terminalQuestion(question: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await new Promise<string>((resolve) =>
      terminal.question(`${question}: `, (answer) => resolve(answer.trim())),
    );
  } finally {
    terminal.close();
  }
}
