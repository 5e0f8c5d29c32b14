import type { Rule } from '../types';

export const providerRules: Rule[] = [];
