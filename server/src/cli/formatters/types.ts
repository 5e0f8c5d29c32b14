import type { Finding } from '../../rules/types';

export interface FileFindings {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  findings: Finding[];
  /** Errors an inline `groupnote-disable` directive silenced: listed, never counted (exit code). */
  suppressed?: Finding[];
}

export type Formatter = (results: FileFindings[]) => string;
