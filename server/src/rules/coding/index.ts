import type { Rule } from '../types';

export const codingRules: Rule[] = [];
