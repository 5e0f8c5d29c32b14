/** The prose toolkit: segmentation, negation, element and risk detectors, masking and similarity. */
export * from './segment';
export * from './lexicon';
export * from './negation';
export * from './elements';
export * from './goals';
export * from './risk';
export * from './vague';
export * from './names';
export * from './similarity';
export * from './scope';
export * from './section';
export * from './skills';
export * from './words';
