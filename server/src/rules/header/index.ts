import type { Rule } from '../types';
import { gn100 } from './GN100-header-syntax';
import { gn101 } from './GN101-required-field';
import { gn102 } from './GN102-time-sanity';
import { gn103 } from './GN103-session-length';
import { gn104 } from './GN104-count-mismatch';
import { gn105 } from './GN105-generic-interventions';
import { gn106 } from './GN106-field-type';
import { gn107 } from './GN107-npi-check';
import { gn108 } from './GN108-placeholder-text';
import { gn109 } from './GN109-note-over-limits';
import { gn110 } from './GN110-unused-disable-directive';

export const headerRules: Rule[] = [gn100, gn101, gn102, gn103, gn104, gn105, gn106, gn107, gn108, gn109, gn110];
