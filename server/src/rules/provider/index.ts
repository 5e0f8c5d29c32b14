import type { Rule } from '../types';
import { gn801 } from './GN801-non-billable-credential';
import { gn802 } from './GN802-unsupervised-prelicensed';
import { gn803 } from './GN803-unsigned-note';

export const providerRules: Rule[] = [gn801, gn802, gn803];
