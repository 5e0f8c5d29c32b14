import type { Rule } from '../types';
import { gn901 } from './GN901-unknown-patient';
import { gn902 } from './GN902-treatment-plan-coverage';
import { gn903 } from './GN903-diagnosis-not-in-plan';
import { gn904 } from './GN904-roster-claim-data';
import { gn905 } from './GN905-treatment-plan-review';
import { gn906 } from './GN906-authorization';

export const planRules: Rule[] = [gn901, gn902, gn903, gn904, gn905, gn906];
