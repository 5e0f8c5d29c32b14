import type { Rule } from '../types';

export const planRules: Rule[] = [];
