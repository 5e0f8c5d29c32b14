import type { Rule } from '../types';
import { gn701 } from './GN701-psychoeducation-only';
import { gn702 } from './GN702-excluded-activity';
import { gn708 } from './GN708-repeated-group-layer';

export const scopeRules: Rule[] = [gn701, gn702, gn708];
