import type { Rule } from '../types';

export const scopeRules: Rule[] = [];
