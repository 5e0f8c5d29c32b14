import type { Rule } from '../types';
import { gn501 } from './GN501-telehealth-pos';
import { gn502 } from './GN502-telehealth-modifier';
import { gn503 } from './GN503-audio-only-reason';
import { gn504 } from './GN504-legacy-modifier';
import { gn505 } from './GN505-patient-location';

export const telehealthRules: Rule[] = [gn501, gn502, gn503, gn504, gn505];
