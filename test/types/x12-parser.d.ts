// x12-parser ships no type declarations; the tests use its stream parser only.
declare module 'x12-parser' {
  import type { Transform } from 'stream';
  export class X12parser extends Transform {}
}
