/**
 * Suicide disclosures by their parts, written from published lists of what people say (the C-SSRS screener's wording,
 * QPR's direct and indirect verbal clues, faith language for one's own death) and from the words of the b49 writer's
 * members (farmers, drivers, retirees, widows), each with a near-miss that shares its surface words: weariness "with
 * living" (macros.yaml `weary`), being dead in other words (`dead-state`: "in the ground", "six feet under"), wish
 * heads such as "just as soon" and "might as well", the Lord asked or expected to take the member (not "when God calls
 * me"), readiness to die, not caring to wake up, hoping for an accident, leave-taking, the noise in one's head to quit
 * for good, a refusal put as a preference, vanishing off the map, a method on the tracks.
 */
import { riskTable } from '../support/riskTable';

riskTable('suicide by its parts: paraphrases', [
  ['He said, "I\'m plumb wore out with living, tell you the truth."', 'suicide', 'current', 'wore out'],
  ['She said she is worn down with life and "ready to be done."', 'suicide', 'current', 'worn down'],
  ['He is fed up with being alive, he says.', 'suicide', 'current', 'fed up'],
  ['Said he is bone tired of waking up every morning.', 'suicide', 'current', 'bone tired'],
  ['"Some mornings I\'d just as soon the Lord took me in my sleep."', 'suicide', 'current', 'the Lord took me'],
  ['"The good Lord can come fetch me any night now."', 'suicide', 'current', 'come fetch'],
  ['"I keep asking the Lord why He\'s waiting so long to take me."', 'suicide', 'current', 'take me'],
  ['She prays God will come for her soon.', 'suicide', 'current', 'come for'],
  ['He said Jesus can call him home whenever He likes.', 'suicide', 'current', 'call him home'],
  ['"I\'d rather be in the ground than let them put me in a home."', 'suicide', 'current', 'in the ground'],
  ["Says she'd rather be six feet under than go back to him.", 'suicide', 'current', 'six feet under'],
  ['"I might as well be dead."', 'suicide', 'current', 'as well be dead'],
  ['She said she may as well be in her grave.', 'suicide', 'current', 'in her grave'],
  ['"Some days I don\'t care to wake up, to be honest with you."', 'suicide', 'current', 'care to wake'],
  ["Says she doesn't care if she wakes up tomorrow.", 'suicide', 'current', 'care if she wakes'],
  ['"I wish I\'d never been born."', 'suicide', 'current', 'never been born'],
  ['She wishes she had never been born.', 'suicide', 'current', 'never been born'],
  ['She sometimes hopes she gets in a car accident on the way home.', 'suicide', 'current', 'car accident'],
  ['He said he is just waiting to die.', 'suicide', 'current', 'waiting to die'],
  ['She said she is ready to meet her maker.', 'suicide', 'current', 'meet her maker'],
  ['"Pretty soon you won\'t have to worry about me."', 'suicide', 'current', 'worry about me'],
  ['"This is the last time you\'ll see me," he told the group.', 'suicide', 'current', 'last time'],
  ['"You\'ll be sorry when I\'m gone."', 'suicide', 'current', 'sorry when'],
  ['She has been saying goodbye to people "just in case."', 'suicide', 'current', 'goodbye'],
  ['The voices kept telling him "go lie down on the tracks."', 'suicide', 'current', 'lie down'],
  ['He thinks about lying down on the train tracks.', 'suicide', 'current', 'lying down'],
  ['She said she just wanted the noise in her head to quit for good.', 'suicide', 'current', 'quit for good'],
  ['"I want the voices to stop, permanently."', 'suicide', 'current', 'stop, permanently'],
  [
    'When asked about suicidal thinking she said, "I prefer not to say this."',
    'suicide',
    'current',
    'suicidal thinking',
  ],
  ['Asked about SI, he said he would prefer not to talk about it.', 'suicide', 'current', 'SI'],
  ['"Some days I\'d like to just vanish off the map."', 'suicide', 'current', 'vanish'],
  ['She said she wants to drop off the face of the earth.', 'suicide', 'current', 'face of the earth'],
]);

riskTable('suicide by its parts: near-misses with the same surface words', [
  ["She is worn out with the overtime and her mother's care.", 'suicide', 'none', 'worn out'],
  ['He is fed up with his landlord.', 'suicide', 'none', 'fed up'],
  ['She is tired of waiting for the bus.', 'suicide', 'none', 'tired of waiting'],
  ["She'd just as soon skip the potluck.", 'suicide', 'none', 'just as soon'],
  ['The Lord took her husband last spring.', 'suicide', 'none', 'took her husband'],
  ['She prays God will take away her cravings.', 'suicide', 'none', 'take away'],
  ['She asked the Lord to take care of her grandson.', 'suicide', 'none', 'take care'],
  ['He said Jesus will take care of it.', 'suicide', 'none', 'take care'],
  ['Her mother is in the ground since May; she visits the grave on Sundays.', 'suicide', 'none', 'in the ground'],
  ['She might as well be at work, the way she worries.', 'suicide', 'none', 'as well be'],
  ["She doesn't care to wake up early on weekends.", 'suicide', 'none', 'care to wake'],
  [
    'She wishes she had never been born in that town, she laughed, about the winters.',
    'suicide',
    'none',
    'never been born',
  ],
  ['She hopes she gets the car fixed by Friday.', 'suicide', 'none', 'gets the car'],
  ['He is just waiting to hear from the lawyer.', 'suicide', 'none', 'waiting to hear'],
  ['She is ready to meet her new caseworker.', 'suicide', 'none', 'meet her new'],
  ['He said, "You won\'t have to worry about me missing group; I got a ride."', 'suicide', 'none', 'worry about me'],
  ['"This is the last time you\'ll see me in this ugly sweater," he joked.', 'suicide', 'none', 'last time'],
  ['He said goodbye to people at the end of group.', 'suicide', 'none', 'goodbye'],
  ['They took the train tracks route home.', 'suicide', 'none', 'train tracks'],
  ['She wanted the noise upstairs to quit.', 'suicide', 'none', 'noise upstairs'],
  ['She prefers not to say much in group.', 'suicide', 'none', 'prefers not'],
  ['He wants to vanish into a good book this weekend.', 'suicide', 'none', 'vanish'],
  ['She wants to disappear into her room after school.', 'suicide', 'none', 'disappear'],
  ['"I\'ll be with my boy again when God calls me, not one day sooner."', 'suicide', 'none', 'God calls me'],
  ['God took him too soon, she said of her son.', 'suicide', 'none', 'took him'],
]);
