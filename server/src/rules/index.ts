import { attendanceRules } from './attendance';
import { codingRules } from './coding';
import { diagnosisRules } from './diagnosis';
import { headerRules } from './header';
import { membersRules } from './members';
import { planRules } from './plan';
import { providerRules } from './provider';
import { scopeRules } from './scope';
import { telehealthRules } from './telehealth';
import type { Rule } from './types';

/** Every rule, in catalog order (GN1xx header ... GN9xx treatment plan). */
export const allRules: readonly Rule[] = [
  ...headerRules,
  ...attendanceRules,
  ...membersRules,
  ...diagnosisRules,
  ...telehealthRules,
  ...codingRules,
  ...scopeRules,
  ...providerRules,
  ...planRules,
].sort((a, b) => a.id.localeCompare(b.id));

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
