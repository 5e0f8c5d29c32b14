import type { Rule } from '../types';
import { gn301 } from './GN301-member-elements';
import { gn302 } from './GN302-vague-boilerplate';
import { gn303 } from './GN303-cloned-sections';
import { gn304 } from './GN304-names-other-member';
import { gn305 } from './GN305-risk-without-response';
import { gn306 } from './GN306-no-goal-link';
import { gn307 } from './GN307-copied-forward';
import { gn308 } from './GN308-section-too-long';

export const membersRules: Rule[] = [gn301, gn302, gn303, gn304, gn305, gn306, gn307, gn308];
