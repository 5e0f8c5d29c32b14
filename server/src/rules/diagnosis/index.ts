import type { Rule } from '../types';
import { gn401 } from './GN401-missing-diagnosis';
import { gn402 } from './GN402-non-billable-code';
import { gn403 } from './GN403-unspecified-code';
import { gn404 } from './GN404-no-mental-health-diagnosis';
import { gn405 } from './GN405-blanket-diagnosis';

export const diagnosisRules: Rule[] = [gn401, gn402, gn403, gn404, gn405];
