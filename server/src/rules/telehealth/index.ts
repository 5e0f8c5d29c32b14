import type { Rule } from '../types';

export const telehealthRules: Rule[] = [];
