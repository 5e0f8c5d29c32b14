/**
 * Work written as a generator that yields between steps (a sentence, a rule) runs in two ways: to the end
 * at once (the command line, the rules), or in time slices by the language server (service/slicedWork.ts).
 */
export function runToEnd<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
