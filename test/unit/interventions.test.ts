import * as assert from 'assert';
import { interventionClassifier } from '../../server/src/billing/interventions';

/** GN105: which intervention items name a technique. */
describe('intervention classifier (GN105)', () => {
  const classifier = interventionClassifier();
  const specific = [
    'cognitive restructuring',
    'exposure hierarchy practice',
    'peer feedback',
    'psychoeducation on sleep hygiene',
    'psychoeducation about the panic cycle',
    'Psychoeducation: relapse warning signs',
    'DBT distress tolerance (TIPP)',
    'CBT',
    'MI',
    'ACT defusion exercise',
    'role-play of assertive requests',
    'behavioral activation scheduling',
    'mindfulness of breath, 5 minutes',
    'grounding (5-4-3-2-1)',
    'coping skills: paced breathing',
    'supportive-expressive therapy',
    'reflective listening',
    'problem-solving therapy',
    'imagery rehearsal',
    'safety planning',
  ];
  const generic = [
    'support',
    'supportive therapy',
    'group discussion',
    'discussion',
    'group therapy',
    'therapy',
    'check-in',
    'check in',
    '10-minute check-in',
    'processing',
    'processing feelings',
    'sharing',
    'psychoeducation',
    'psycho-education',
    'coping skills',
    'coping skills training',
    'peer support',
    'emotional support and encouragement',
    'provided support',
    'insight-oriented therapy',
    'active listening',
    'validation',
    'open discussion of feelings',
    'wrap-up',
  ];
  for (const item of specific) it(`specific: ${item}`, () => assert.strictEqual(classifier.isSpecific(item), true));
  for (const item of generic) it(`generic: ${item}`, () => assert.strictEqual(classifier.isSpecific(item), false));

  it('config phrases.genericInterventions adds words and whole phrases', () => {
    const custom = interventionClassifier(['feedback', 'stress management']);
    assert.strictEqual(custom.isSpecific('peer feedback'), false);
    assert.strictEqual(custom.isSpecific('stress management'), false);
    assert.strictEqual(custom.isSpecific('stress inoculation'), true, 'only the whole phrase is generic');
    assert.strictEqual(classifier.isSpecific('stress management'), true, 'the seed list is unchanged');
  });
});
