import type { Rule } from '../types';
import { gn201 } from './GN201-too-few-attendees';
import { gn202 } from './GN202-group-too-large';
import { gn203 } from './GN203-large-group';
import { gn204 } from './GN204-absent-billed';
import { gn205 } from './GN205-partial-attendance-times';
import { gn206 } from './GN206-section-mismatch';

export const attendanceRules: Rule[] = [gn201, gn202, gn203, gn204, gn205, gn206];
