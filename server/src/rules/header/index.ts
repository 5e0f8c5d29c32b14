import type { Rule } from '../types';

export const headerRules: Rule[] = [];
