// Realistic editor edits on a document kept in sync with the server: typing a phrase one
// character at a time at the end of a prose line, and now and then changing a header value.

const TYPED = [
  ' Practised the skill twice at home.',
  ' Named the trigger as "the escape alarm".',
  ' Rated distress 6/10 after the exercise.',
];

/** Header values that toggle back and forth, in the order they are changed. */
const VALUE_EDITS = [
  { key: 'end', values: ['"15:00"', '"15:30"'] },
  { key: 'count', values: null },
];

export class DocumentEditor {
  /**
   * @param {string} text the document
   * @param {number[]} typingLines 0-based lines where text is typed (at the end of the line), used in turn
   */
  constructor(text, typingLines) {
    this.lines = text.split('\n');
    this.typingLines = typingLines;
    this.typing = 0;
    this.phrase = 0;
    this.offsetInPhrase = 0;
    this.valueEdits = 0;
  }

  get text() {
    return this.lines.join('\n');
  }

  /** The next edit as an LSP incremental change; `headerEvery`: every n-th edit changes a header value. */
  next(index, headerEvery = 4) {
    return index % headerEvery === headerEvery - 1 ? this.changeHeaderValue() : this.typeCharacter();
  }

  typeCharacter() {
    const line = this.typingLines[this.typing % this.typingLines.length];
    const phrase = TYPED[this.phrase % TYPED.length];
    const character = phrase[this.offsetInPhrase];
    const at = { line, character: this.lines[line].length };
    this.lines[line] += character;
    this.offsetInPhrase++;
    if (this.offsetInPhrase === phrase.length) {
      this.offsetInPhrase = 0;
      this.phrase++;
      this.typing++;
    }
    return { range: { start: at, end: at }, text: character };
  }

  changeHeaderValue() {
    const edit = VALUE_EDITS[this.valueEdits++ % VALUE_EDITS.length];
    const line = this.lines.findIndex((text) => text.startsWith(`${edit.key}:`));
    if (line < 0) return this.typeCharacter();
    const old = this.lines[line].slice(edit.key.length + 2);
    let value;
    if (edit.values) value = edit.values[(edit.values.indexOf(old) + 1) % edit.values.length];
    else value = String(Number(old) % 2 === 0 ? Number(old) + 1 : Number(old) - 1);
    this.lines[line] = `${edit.key}: ${value}`;
    return {
      range: {
        start: { line, character: edit.key.length + 2 },
        end: { line, character: edit.key.length + 2 + old.length },
      },
      text: value,
    };
  }
}

/** Lines of a note where a clinician would type: the last prose line of every member section. */
export function memberProseLines(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('## ')) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && !lines[j].startsWith('## '); j++)
      if (lines[j].trim() && !lines[j].startsWith('Plan:')) last = j;
    if (last > i) found.push(last);
  }
  return found;
}

/** The YAML between the `---` lines of a note, as a plain .yaml document. */
export function headerOf(note) {
  const lines = note.split('\n');
  const close = lines.indexOf('---', 1);
  return lines.slice(1, close).join('\n') + '\n';
}

/** Lines of the header where typing happens (free-text values). */
export function headerProseLines(yamlText) {
  return yamlText
    .split('\n')
    .map((line, index) => (/^(dynamics| {2}theme| {2}type):/.test(line) ? index : -1))
    .filter((index) => index >= 0);
}
