/**
 * JSON Schema validation of the team's settings files (`.groupnote/roster.yaml`, `practice.yaml`,
 * `config.yaml`). The same schemas ship with the extension for the YAML extension (`yamlValidation`), so
 * VS Code offers hover and completion in those files; here they give GroupNote's own findings a line.
 *
 * Why ajv: the JSON Schema validator the ecosystem trusts (the YAML language server uses it too); its
 * errors carry the path of the offending value, which the YAML AST turns into a line and column.
 * Messages name the field and what is expected, never the value (a roster holds PHI).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as path from 'path';
import { isMap, isSeq, LineCounter, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import * as generated from '../schemas/settingsValidators.generated';
import type { WorkspaceFileProblem } from './types';

/**
 * Each settings file's validator: ajv's standalone code for its schema, generated at build time
 * (scripts/build-settings-validators.mjs). Compiling the schemas here cost every thread that loads a workspace
 * (each worker of a batch, each CLI run, the language server) about half a second before its first note.
 */
const VALIDATORS: Record<string, ValidateFunction> = {
  'roster.yaml': generated.roster as ValidateFunction,
  'practice.yaml': generated.practice as ValidateFunction,
  'config.yaml': generated.config as ValidateFunction,
};

function validatorFor(fileName: string): ValidateFunction | undefined {
  return Object.hasOwn(VALIDATORS, fileName) ? VALIDATORS[fileName] : undefined;
}

/** The settings files under `.groupnote/`, each with its schema. */
export const SETTINGS_FILE_NAMES: readonly string[] = Object.keys(VALIDATORS);

/** Whether a file is one of the settings files a schema describes. */
export function hasSettingsSchema(file: string): boolean {
  return path.basename(path.dirname(file)) === '.groupnote' && path.basename(file) in VALIDATORS;
}

/** The pair of a YAML mapping whose key reads `key`. */
function pairWithKey(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === key);
}

/** The node at a JSON pointer path in the YAML document, or the nearest parent that exists. */
export function nodeAt(doc: Document, instancePath: string): { node: Node | undefined; keyNode?: Node; label: string } {
  const steps = instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = doc.contents;
  let keyNode: Node | undefined;
  let label = '';
  for (const step of steps) {
    if (isMap(node)) {
      const pair = pairWithKey(node, step);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      label += label ? `.${step}` : step;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (!item) break;
      node = item;
      keyNode = undefined;
      label += `[${Number(step) + 1}]`;
    } else break;
  }
  return { node: node ?? undefined, keyNode, label: label || 'the file' };
}

function describe(error: ErrorObject, field: string): { message: string; severity: 'error' | 'warning' } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const at = field === 'the file' ? '' : ` under ${field}`;
      return { message: `unknown field "${extra}"${at}: GroupNote does not read it`, severity: 'warning' };
    }
    case 'required':
      return { message: `${field}: "${String(params.missingProperty)}" is required`, severity: 'error' };
    case 'enum':
      return {
        message:
          `${field} must be one of ` +
          `${[...new Set((params.allowedValues as unknown[]).map((v) => String(v).toLowerCase()))].join(', ')}`,
        severity: 'error',
      };
    case 'type':
      return { message: `${field} must be ${String(params.type).replace(',', ' or ')}`, severity: 'error' };
    case 'pattern':
      return {
        message: `${field} is not in the expected form (${error.parentSchema?.description ?? ''})`,
        severity: 'error',
      };
    case 'propertyNames':
      return { message: `${field}: a key is not in the expected form`, severity: 'error' };
    default:
      return { message: `${field} ${error.message ?? 'is not valid'}`, severity: 'error' };
  }
}

/**
 * Problems of a parsed settings file against its schema, each at the line of the field (the key for an
 * unknown field). An unknown field is a warning: another tool may use it; everything else is an error.
 */
export function schemaProblems(
  file: string,
  value: unknown,
  doc: Document,
  lineCounter: LineCounter,
): WorkspaceFileProblem[] {
  const validate = validatorFor(path.basename(file));
  if (!validate) return [];
  if (validate(value ?? {})) return [];
  const problems: WorkspaceFileProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // The branches of an anyOf each complain in their own shape; the anyOf error says it once.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const { node, keyNode, label } = nodeAt(doc, error.instancePath);
    const { message, severity } =
      error.keyword === 'anyOf'
        ? { message: `${label}: expected a pattern or a mapping with pattern:`, severity: 'error' as const }
        : describe(error, label);
    let anchor = keyNode ?? node;
    if (error.keyword === 'additionalProperties' && isMap(node)) {
      const extra = String((error.params as { additionalProperty: unknown }).additionalProperty);
      const pair = pairWithKey(node, extra);
      anchor = (pair?.key as Node | undefined) ?? anchor;
    }
    const offset = anchor?.range?.[0] ?? 0;
    const position = lineCounter.linePos(offset);
    const key = `${position.line}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      file,
      line: position.line - 1,
      character: position.col - 1,
      severity,
      message: `${file}:${position.line}:${position.col}: ${message}`,
    });
  }
  return problems;
}
