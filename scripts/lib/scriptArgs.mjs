// Command-line options of the repository's scripts (eval, bench, screenshot): node's parseArgs with
// what a user expects from a command, `--help` printing the script's own header comment (its one
// description of its options) and a wrong option or value reported in one line with exit code 2,
// never a stack trace.
import { readFileSync } from 'fs';
import { fileURLToPath } from 'url';
import { parseArgs } from 'util';

/** The leading `//` comment block of a script file, without the slashes. */
function headerComment(scriptUrl) {
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const header = [];
  for (const line of lines.slice(lines[0]?.startsWith('#!') ? 1 : 0)) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/ ?/, ''));
  }
  return header.join('\n');
}

/**
 * Parses process.argv for the script at `scriptUrl` (pass import.meta.url). `options` is parseArgs'
 * option table; `--help`/`-h` is added. Exits 0 after printing the header for --help, 2 on bad input.
 */
export function parseScriptArgs(scriptUrl, options, name) {
  try {
    const parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
    if (parsed.values.help) {
      console.log(headerComment(scriptUrl));
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    failUsage(name, error instanceof Error ? error.message : String(error));
  }
}

/** Reports a wrong option or value the way parseScriptArgs does, and exits 2. */
export function failUsage(name, message) {
  console.error(`${name}: ${message}\nRun with --help for the options.`);
  process.exit(2);
}

/** A whole number option of at least `min`, or failUsage. */
export function wholeNumberOption(name, option, raw, min = 1) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    failUsage(name, `--${option} must be a whole number of at least ${min} (got "${raw}")`);
  return value;
}
