/**
 * Suicidal ideation told in the words of the published instruments and their everyday paraphrases (2026-12-07,
 * suicide9): the ASQ items, PHQ-9 item 9 and how notes report it, the Beck Scale for Suicide Ideation's item content
 * (wish to live and wish to die, reasons for living and dying, passive attempt, deterrents, final acts), the SBQ-R,
 * the Suicide Status Form and the INQ (perceived burdensomeness), adolescents' and older adults' words, and terse or
 * second-language program shorthand; with near-misses for each (negated, historical, a screening question not
 * answered, someone else's, the group's topic, a figure of speech, the same words about something else).
 * Hopelessness, feeling trapped or a burden alone (IS PATH WARM, SAFE-T warning signs) is no mention (eval/GUIDE.md:
 * "can't go on like this" alone is not listed); they are not in the bank as disclosures.
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('suicide');

disclosures('first bank: screen items and how notes report them (ASQ, PHQ-9 item 9, SBQ-R)', [
  ['PHQ-9 #9 = 2.', '#9 = 2'],
  ['Endorsed item 9 on the PHQ-9 (several days).', 'item 9'],
  ['PHQ-9 total 19, Q9 positive.', 'Q9 positive'],
  ['ASQ: #1 yes, #2 no, #3 no, #4 no.', '#1 yes'],
  ['Answered yes to feeling her family would be better off if she were dead.', 'better off if she were dead'],
  ['SBQ-R: says she has thought about killing herself "often" this past year.', 'killing herself'],
  ['On the SBQ-R rated herself "rather likely" to attempt suicide someday.', 'attempt suicide'],
  ['Pt w/ thoughts of not living, no plan.', 'thoughts of not living'],
  ['+SI passive, no plan or intent.', 'SI'],
  ['Endorses death wish since the divorce.', 'death wish'],
  ['Reports desire to die most evenings.', 'desire to die'],
  ['Pt reports thoughts to not be alive.', 'thoughts to not be alive'],
]);

disclosures('first bank: the BSS item content (wish to live and to die, reasons, passive attempt, deterrents)', [
  ['Says her wish to die outweighs her wish to live most days.', 'wish to die'],
  ['Rated wish to live 2/10 and wish to die 8/10.', 'wish to die 8/10'],
  ['Says his reasons for dying outweigh his reasons for living right now.', 'reasons for dying'],
  ['States that if his life were in danger he would not try to save himself.', 'would not try to save himself'],
  ['Says if she got really sick she would just let herself die and not call anyone.', 'let herself die'],
  ['Says the only thing keeping him here is his dog.', 'only thing keeping him here'],
  ['"My kids are the only reason I\'m still alive," she said.', "only reason I'm still alive"],
  ['Has described no wish to live since the fire.', 'no wish to live'],
  ['Says she has lost the will to live.', 'lost the will to live'],
  ['Says he no longer has any will to live.', 'will to live'],
]);

disclosures('first bank: INQ burdensomeness and the death as a relief to others', [
  ['Feels she is a burden and that her death would be a relief to her family.', 'her death would be a relief'],
  ['Says his dying would make things easier for everyone.', 'his dying would make things easier'],
  ['Believes the people in her life would be better off if she were gone.', 'better off if she were gone'],
  ['"They\'d be happier if I was gone," he said of his parents.', 'happier if I was gone'],
]);

disclosures("first bank: adolescents' and young adults' words", [
  ['Texted her friend "gonna kms tonight."', 'kms'],
  ['Said in group she wants to unalive herself.', 'unalive herself'],
  ['Told his mom he "lowkey wanna die" after the breakup.', 'wanna die'],
  ['Says she is so over being alive.', 'over being alive'],
  ['Teen said she is "done being alive."', 'done being alive'],
  ['Said "I\'d be fine if I just didn\'t exist" at check-in.', "didn't exist"],
  ['Wrote in her journal that she just wants to not be here anymore.', 'not be here anymore'],
]);

disclosures("first bank: older adults' and faith words", [
  ['"The Lord can take me any time now, I\'m ready," she said.', 'The Lord can take me'],
  ['Says she asks the Lord every night to take her.', 'asks the Lord every night to take her'],
  ['Prays every night that God will call him home.', 'call him home'],
  ['Says she has lived long enough and is ready to die.', 'ready to die'],
  ['Told the aide she is "just waiting to die."', 'waiting to die'],
  ['Widower says he would welcome death.', 'welcome death'],
  ['Since Ray died she keeps saying she wants to be where he is.', 'be where he is'],
]);

disclosures('first bank: second-language and terse shorthand, and other note styles', [
  ['She is thinking to finish her life, she said.', 'finish her life'],
  ['He say he want to go from this world.', 'go from this world'],
  ['D: Member reports she has thought about dying every day this week.', 'thought about dying'],
  ['Says he would not mind dying.', 'would not mind dying'],
  ['Reports he has been longing for death since the diagnosis.', 'longing for death'],
  ['B: states she is "praying to die."', 'praying to die'],
  ['S: "I wish I could stop living." A: passive SI. P: safety plan reviewed.', 'stop living'],
  ['On video she said she has thought about not being around anymore.', 'not being around anymore'],
]);

nearMisses('first bank: screens negative, unanswered or the topic', [
  ['PHQ-9 #9 = 0.', '#9 = 0'],
  ['ASQ negative on all four items.', 'ASQ'],
  ['Denies passive SI.', 'passive SI'],
  ['Denies wish to die; wish to live strong.', 'wish to die'],
  ['Denies thoughts of not living.', 'thoughts of not living'],
  ['No desire to die; future oriented.', 'desire to die'],
  ['Asked "In the past few weeks, have you wished you were dead?"; she left before answering.', 'wished you were dead'],
  ['Psychoeducation on the ASQ and the wording of PHQ-9 item 9.', 'item 9'],
  ['Group reviewed the IS PATH WARM warning signs and the reasons for living worksheet.', 'warning signs'],
]);

nearMisses("first bank: past, someone else's", [
  ['Hx of passive SI in 2019 after her divorce, none since.', 'passive SI'],
  ['Her brother told her last week he wished he were dead.', 'wished he were dead'],
  ['Her grandmother says the Lord can take her any time now.', 'the Lord can take her'],
  ["Her mother's death was a relief after the long illness.", 'death was a relief'],
  ['Her friend texted "kms" and she called the friend\'s mom.', 'kms'],
]);

nearMisses('first bank: figures of speech and the same words about something else', [
  ['"This job is killing me," he said with a laugh.', 'killing me'],
  ['"I\'d rather die than sing karaoke at the party."', 'rather die'],
  ['Says she is ready to go home after group.', 'ready to go'],
  ['Says the only thing keeping her in this job is the insurance.', 'only thing keeping her'],
  ['The only thing stopping her from leaving him is the kids.', 'only thing stopping her'],
  ['Wishes she could stop living paycheck to paycheck.', 'stop living'],
  ['Would not mind dying her hair red for the wedding.', 'dying her hair'],
  ['Is done being alone on weekends and joined a choir.', 'done being alone'],
  ['Prays God will call him to the ministry.', 'call him'],
  ['Is thinking to finish her degree online.', 'finish her'],
  ['Says she is so over being sick with this flu.', 'over being sick'],
  ["Longing for her late husband's cooking at the holidays.", 'Longing'],
  ['Would welcome the end of the school year.', 'welcome'],
  ['Changed the beneficiary on her policy after the divorce.', 'beneficiary'],
  ['If she were in danger she would call 911, she said.', 'in danger'],
  ['Says he wants out of the lease before March.', 'wants out'],
  ['Feels hopeless about ever getting better at algebra.', 'hopeless'],
  ['Feels like a burden when she asks her son for rides.', 'burden'],
]);

// Second bank: written after the first bank passed, other wordings and styles, run once before any fix.
disclosures('second bank: screen and instrument wording in other forms', [
  ['PHQ-A item 9: more than half the days.', 'item 9'],
  ["Ninth item on the PHQ endorsed at 'nearly every day'.", 'Ninth item'],
  ['BSS: wish to live weak, wish to die moderate.', 'wish to die'],
  ['INQ: "my death would be a relief to the people in my life" rated 6.', 'my death would be a relief'],
  ['Believes her passing would lift a weight off her kids.', 'her passing would lift a weight'],
  ['A: desire to die appears to outweigh her desire to live.', 'desire to die'],
  ['States he would not lift a finger to save his own life right now.', 'save his own life'],
  ['Her daughter is "the only thing holding me here," she said.', 'only thing holding me here'],
  ['Says he has no will left to go on.', 'no will left to go on'],
  ['Pt c/o thoughts of not wanting to live.', 'not wanting to live'],
]);

disclosures('second bank: young, old, second-language and terse words', [
  ['Said "i wanna not exist" in the group chat.', 'wanna not exist'],
  ['Posted that she is "done with being alive fr."', 'done with being alive'],
  ["Says he's had a good run and is ready to be done living.", 'done living'],
  ['Says at 89 she has "no business still being alive."', 'no business still being alive'],
  ['He tell me he want to finish with his life.', 'finish with his life'],
  ['Says "I don\'t want more to live."', 'want more to live'],
  ['She wants to leave the life, she says, since her husband died.', 'leave the life'],
  ['Since losing her son she says she has no reason to stay on this earth.', 'no reason to stay'],
  ['On the phone said he sometimes wishes for death.', 'wishes for death'],
  ['Reports wanting to stop living some days.', 'stop living'],
  ['Says he feels like checking out permanently.', 'checking out permanently'],
  ['Grief group: widow says she is "just marking time till I can go too."', 'till I can go too'],
  ['Says she hopes she simply does not wake up one of these mornings.', 'not wake up'],
  ['Tells staff she is praying the Lord takes her soon.', 'the Lord takes her'],
]);

nearMisses('second bank: negative screens, topics, others and the same words elsewhere', [
  ['PHQ-9 #9: not at all.', '#9'],
  ['Q9 = 0.', 'Q9'],
  ['ASQ: #1 no, #2 no, #3 no, #4 no.', 'ASQ'],
  ['Reviewed the ASQ items with new staff during the training.', 'ASQ'],
  ['Denies any desire to die; strong wish to live for her kids.', 'desire to die'],
  ['Her son is the only thing keeping her in Texas.', 'only thing keeping her'],
  ['Says the only reason she is still in the program is the court order.', 'only reason'],
  ['Her husband said he would welcome death after the stroke.', 'welcome death'],
  ['No longer has any desire to live in Phoenix.', 'desire to live'],
  ['Would not save himself a plate at dinner.', 'save himself'],
  ['She let herself go a bit over the holidays, she joked.', 'let herself go'],
  ['Wants to leave this world a better place, she said of her volunteering.', 'leave this world'],
  ['Says he is ready to finish his life coaching course.', 'finish his life'],
  ['Wants to stop living with her mother by spring.', 'stop living'],
  ['Says she is so over living at home.', 'over living'],
  ['Longs for the end of the semester.', 'Longs'],
  ['Taught the group how the BSS asks about reasons for dying.', 'reasons for dying'],
  ['"If I have to redo this essay I\'ll literally unalive myself," she joked.', 'unalive myself'],
]);

// Rows added with the fixes after the second bank (not a first-run count): further instrument and slang families.
disclosures('after the second bank: further families', [
  ['Says her reasons for living are "just about gone."', 'reasons for living'],
  ['Says she wants her life to be over.', 'life to be over'],
  ['Said "I\'d be better off six feet under."', 'better off six feet under'],
  ['Says he cannot wait to die.', 'wait to die'],
  ['Feels that death is the only answer.', 'death is the only answer'],
  ['"What\'s the use of living," he asked.', 'use of living'],
  ["Says she doesn't see herself living past 30.", 'living past 30'],
  ['Says "it\'s all the same to me if I\'m gone by spring."', 'all the same to me'],
  ['Said she is so tired of being alive on a machine.', 'tired of being alive'],
  ['Texted "gonna rope tonight."', 'rope'],
  ['Said she wants to neck herself.', 'neck herself'],
  ["Said he's gonna yeet himself off the parking garage.", 'yeet himself'],
  ['Says she has lived too long.', 'lived too long'],
  ['She says she want to go with God now.', 'go with God'],
  ['States she thinks everyone would be better off if she was not born.', 'better off'],
]);

nearMisses('after the second bank: their near-misses', [
  ['Says his reasons for living are his kids and his band.', 'reasons for living'],
  ['Wants her life to be over with the court case so she can move.', 'life to be over'],
  ["Says he's better off in the ground floor apartment.", 'better off'],
  ["Says she can't wait to die her hair pink.", 'wait to die'],
  ['Death is the answer to the crossword clue, she laughed.', 'Death is the answer'],
  ['Asked what the use of the living room is now.', 'use of the living'],
  ['Tired of living on the street, she is applying for housing.', 'Tired of living'],
  ['Roped himself into helping with the bake sale.', 'Roped himself'],
  ['Wants to rope in more volunteers for the drive.', 'rope'],
  ['Has lived long enough in this town to know the mayor.', 'lived long enough'],
  ['Wants to be with God in prayer every morning.', 'be with God'],
  ['Her ASQ was negative: #1 no, #2 no, #3 no, #4 no.', 'ASQ'],
  ['AUDIT Q9: yes (injured someone when drinking).', 'Q9'],
]);
