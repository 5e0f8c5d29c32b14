import { promises as fs } from 'fs';
import { LineCounter, parseDocument } from 'yaml';
import { hasSettingsSchema, nodeAt, schemaProblems } from './settingsSchema';
import type { WorkspaceFileProblem } from './types';

/** Largest settings file read; bigger ones are reported, not loaded. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type YamlFileResult =
  | { kind: 'missing' }
  | { kind: 'problem'; problem: WorkspaceFileProblem }
  | { kind: 'ok'; value: unknown; problems: WorkspaceFileProblem[]; positionOf: (pointer: string) => FilePosition };

/** 0-based line and character. */
export interface FilePosition {
  line: number;
  character: number;
}

/** Reads one YAML file; a missing file is `missing`, anything unreadable is a problem with its position. */
export async function readYamlFile(file: string): Promise<YamlFileResult> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES)
      return { kind: 'problem', problem: { file, message: `${file} is larger than 5 MB and was not read.` } };
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return {
      kind: 'problem',
      problem: { file, message: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}` },
    };
  }
  return parseYamlText(file, text);
}

export function parseYamlText(file: string, text: string): YamlFileResult {
  const lineCounter = new LineCounter();
  // logLevel 'error': no yaml warnings on stderr (they quote file content, e.g. roster names).
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      kind: 'problem',
      problem: {
        file,
        line: position.line - 1,
        character: position.col - 1,
        message: `${file}:${position.line}:${position.col}: ${error.message.split('\n')[0]}`,
      },
    };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    // Settings files are also checked against their JSON Schema, so each problem has its line.
    const problems = hasSettingsSchema(file) ? schemaProblems(file, value, doc, lineCounter) : [];
    // Where a field is (a JSON pointer such as `/icd10/codesFile`; the nearest parent that exists).
    const positionOf = (pointer: string): FilePosition => {
      const { node, keyNode } = nodeAt(doc, pointer);
      const position = lineCounter.linePos((keyNode ?? node)?.range?.[0] ?? 0);
      return { line: position.line - 1, character: position.col - 1 };
    };
    return { kind: 'ok', value, problems, positionOf };
  } catch (caught) {
    return {
      kind: 'problem',
      problem: {
        file,
        message: `${file}: ${caught instanceof Error ? caught.message.split('\n')[0] : 'unreadable YAML'}`,
      },
    };
  }
}
