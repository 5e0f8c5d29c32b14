import type { Rule } from '../types';

export const attendanceRules: Rule[] = [];
