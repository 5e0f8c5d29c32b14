import type { Rule } from '../types';

export const diagnosisRules: Rule[] = [];
