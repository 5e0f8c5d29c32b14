import type { Rule } from '../types';
import { gn601 } from './GN601-same-day-individual-psychotherapy';
import { gn602 } from './GN602-same-day-crisis';
import { gn603 } from './GN603-interactive-complexity-undocumented';
import { gn604 } from './GN604-interactive-complexity-everyone';
import { gn605 } from './GN605-duplicate-group-claim';
import { gn606 } from './GN606-family-members-in-group';
import { gn607 } from './GN607-partial-hospitalization-pos';

export const codingRules: Rule[] = [gn601, gn602, gn603, gn604, gn605, gn606, gn607];
