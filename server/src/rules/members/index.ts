import type { Rule } from '../types';

export const membersRules: Rule[] = [];
