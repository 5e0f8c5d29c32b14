/**
 * Named therapy skills and techniques (CBT, DBT, ACT, MI, relapse prevention, trauma, social skills).
 * A named skill near a vague phrase makes it specific ("doing well with the thought record").
 */
import { compileLexicon } from './lexicon';

export const NAMED_SKILLS = compileLexicon([
  'thought record', 'thought log', 'cognitive restructuring', 'reframing', 'reframe', 'reframed', 'socratic questioning',
  'decatastrophizing', 'decatastrophising', 'evidence for and against', 'cognitive distortion', 'cognitive distortions',
  'automatic thought', 'automatic thoughts', 'core belief', 'core beliefs', 'behavioral activation', 'behavioural activation',
  'activity scheduling', 'pleasant activities', 'pleasant activity', 'exposure hierarchy', 'fear ladder', 'exposure', 'in vivo',
  'imaginal exposure', 'interoceptive', 'SUDS', 'worry time', 'worry postponement', 'problem solving', 'problem-solving',
  'sleep hygiene', 'stimulus control', 'sleep diary', 'mindfulness', 'body scan', 'grounding', '5-4-3-2-1', 'box breathing',
  'diaphragmatic breathing', 'paced breathing', 'belly breathing', '4-7-8 breathing', 'progressive muscle relaxation', 'PMR',
  'guided imagery', 'safe place', 'DEAR MAN', 'GIVE skill', 'GIVE skills', 'FAST skill', 'TIPP', 'ACCEPTS', 'IMPROVE skill',
  'STOP skill', 'opposite action', 'check the facts', 'wise mind', 'radical acceptance', 'self-soothe', 'self-soothing',
  'ABC PLEASE', 'PLEASE skills', 'chain analysis', 'diary card', 'distress tolerance', 'emotion regulation',
  'interpersonal effectiveness', 'pros and cons', 'urge surfing', 'play the tape through', 'HALT', 'relapse prevention plan',
  'trigger list', 'high-risk situations', 'decisional balance', 'change talk', 'motivational interviewing', 'values clarification',
  'values card sort', 'cognitive defusion', 'defusion', 'leaves on a stream', 'committed action', 'self-compassion',
  'gratitude journal', 'I-statement', 'I-statements', 'assertive communication', 'assertiveness', 'active listening',
  'boundary setting', 'role-play', 'role play', 'role-played', 'genogram', 'impact statement', 'stuck point', 'stuck points',
  'ABC worksheet', 'safety plan', 'coping card', 'coping statement', 'coping statements', 'hierarchy', 'SMART goal',
  'mood log', 'mood tracking', 'thought stopping', 'behavior chain', 'distraction plan', 'grounding exercise', 'mindful walking',
  'sober support', 'sponsor', 'MAT', 'Seeking Safety', 'CPT', 'cognitive processing', 'prolonged exposure', 'EMDR',
  'social skills', 'conversation skills', 'refusal skills', 'drink refusal', 'anger thermometer', 'time-out', 'time out',
]);
