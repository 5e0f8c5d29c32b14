import { pathToFileURL } from 'url';

// A real dynamic import: tsc compiles `import()` to require() in CommonJS output, which cannot load
// an ES module such as the project's .mjs scripts.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const dynamicImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** Loads an ES module (a script under scripts/) by file path; `T` is the shape the caller relies on. */
export async function importModule<T>(file: string): Promise<T> {
  return (await dynamicImport(pathToFileURL(file).href)) as T;
}
