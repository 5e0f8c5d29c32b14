/** Builds X12 segments with `*` between elements, `:` between components and `~` at the end. */

export const ELEMENT_SEPARATOR = '*';
export const COMPONENT_SEPARATOR = ':';
export const REPETITION_SEPARATOR = '^';
export const SEGMENT_TERMINATOR = '~';

/** A composite element from components (trailing empty components dropped). */
export function composite(...components: (string | undefined)[]): string {
  const values = components.map((component) => component ?? '');
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return values.join(COMPONENT_SEPARATOR);
}

/** One segment without its terminator; trailing empty elements are dropped, as the guide requires. */
export function segment(tag: string, ...elements: (string | undefined)[]): string {
  const values = elements.map((element) => element ?? '');
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  for (const value of values) {
    if (/[~*^]/.test(value)) throw new Error(`internal: delimiter inside an element of ${tag}`);
  }
  return [tag, ...values].join(ELEMENT_SEPARATOR);
}
