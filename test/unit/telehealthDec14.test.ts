/**
 * GN503 (audio-only reason) and GN505 (patient location), Dec 14: a third paraphrase bank, written fresh in the styles
 * of IOP/SUD, SOAP/DAP, labelled lines, checkboxes, veterans, adolescents with caregivers, shelters, rural connections
 * and work sites (none of the Dec 11 or Dec 12 phrasings), with near-misses: a trouble put right or of another time,
 * another member's device named by the possessive ("Tom's laptop"), a plan, a topic, the group, the facilitator.
 *
 * Structure first: a reason or a place in a sentence next to the modality ("Phone only. Her laptop was in the shop.")
 * counts, because a statement anywhere in the member's own section covers her (attendeesCovered); the rule tests at
 * the end check it on a note. A place told as the member's activity ("Pacing the hallway of his building", "Joined
 * while folding laundry in the basement"), a town alone ("Currently in Reno"), a label with a dash or boxes after it
 * ("Location—home", "Location ☒ Home ☐ Vehicle") and a "Where pt is:" line are places.
 *
 * Bank before the fixes: reasons 79/104, locations 70/85. After: 104/104, 85/85. Second bank (written after the fixes,
 * run once before fixing it): reasons 19/27 (12/20 reasons, 7/7 near-misses), locations 27/29 (19/21, 8/8); after its
 * fixes 27/27 and 29/29.
 */
import * as assert from 'assert';
import { analyzeProse, statesPatientLocation, statesVideoNotUsable } from '../../server/src/prose';
import { audioNote, flaggedAttendees } from '../support/audioNote';

/** Read for a session on 2026-11-20, as the rule reads a note with its header date. */
const options = { sessionDate: '2026-11-20' };
const reason = (text: string) => statesVideoNotUsable(analyzeProse(text), options);
const located = (text: string) => statesPatientLocation(analyzeProse(text), options);

function table(read: (text: string) => boolean, found: readonly string[], ignored: readonly string[]) {
  for (const text of found) it(`finds: ${text}`, () => assert.strictEqual(read(text), true));
  for (const text of ignored) it(`ignores: ${text}`, () => assert.strictEqual(read(text), false));
}

describe('telehealth statements, Dec 14: a third GN503 / GN505 paraphrase bank', () => {
  describe('audio-only reason: devices, connections, privacy, preference, clinical reasons, labels (GN503)', () => {
    table(
      reason,
      [
        'Phone only. Her laptop was in the shop.',
        'Joined by phone only. His tablet is at the repair place until Friday.',
        "Audio-only today; said the kids were asleep in the same room and he didn't want them to see.",
        'Called in. Her screen is smashed.',
        'On the phone. Camera on her cell quit working after she dropped it in the sink.',
        "Dialed in by phone. Said his computer got a virus and won't boot.",
        "Audio. Pt's smartphone was repossessed along with the rest of the plan.",
        'Phone only; her charger broke and the laptop is dead.',
        "Her phone fell in the lake Sunday; she is using her neighbor's landline.",
        'The laptop the school lent him had to be returned at the end of the semester.',
        'Uses a prepaid phone with no internet.',
        'Has a TracFone with no data.',
        'Her granddaughter borrowed the tablet for the week.',
        'Tablet was confiscated at the facility per unit rules.',
        'Cell phones not permitted on the unit; joined on the hall phone.',
        'Camera lens is taped over and she will not remove the tape.',
        'Internet out since the storm knocked down lines on her road.',
        'Only one bar of signal out at the ranch.',
        'Lives past the end of the fiber line; cell data too weak for video.',
        'Hotspot ran out of data on the 20th.',
        'Wi-Fi at the motel cuts in and out too much to stream.',
        'Power outage in her neighborhood; phone on battery, no wifi.',
        'Internet shut off last week for an unpaid bill and not back yet.',
        'Bandwidth too low on the reservation to keep the picture up.',
        'Video froze repeatedly at the start; switched to the call-in number.',
        'Tried video twice and it kept dropping, so she finished on audio.',
        'No private room at the shelter to be on camera.',
        'Shares a one-bedroom with three roommates; nowhere to be seen privately.',
        'At work on break and could not have coworkers see the screen.',
        "Didn't want his mother seeing the group on screen.",
        'Her husband monitors her phone and she did not want video on it.',
        "Teen did not want his little brothers to see the other members' faces.",
        'Staying in a DV shelter where cameras are not allowed.',
        'House full of relatives for the funeral; no quiet corner for video.',
        'Chose audio.',
        'Member opted for phone.',
        'Prefers to keep her camera off and call in.',
        'Elected telephone participation.',
        'Declines to appear on camera.',
        "Wouldn't turn the video on.",
        '"I just can\'t do the camera thing today."',
        '"I look terrible, I\'m not going on video."',
        'Body image distress on camera, per pt.',
        'Says seeing her own face on screen sets off her eating-disorder thoughts.',
        'Hears voices that say the camera is watching her; calls in instead.',
        'Too depressed to get up and set up the laptop.',
        'Migraine today; screen light makes it worse.',
        'Post-concussion, screens give him headaches.',
        'Legally blind; uses the phone.',
        'Gets confused by the app since the dementia diagnosis.',
        'Too unfamiliar with smartphones to open the link.',
        "Doesn't know how to use the video app.",
        'Not tech savvy.',
        'Cannot read the prompts on the app (limited literacy).',
        'Audio only - on the road for work, driving a delivery route.',
        'Commuting on the bus during group; video not possible.',
        'Working a shift at the warehouse, phone in his pocket with one earbud in.',
        'On a job site where the employer does not allow cameras.',
        'Reason for audio: no device w/ camera.',
        'Audio-only justification: pt lacks broadband.',
        'Why phone: "my camera\'s busted."',
        '[x] Pt does not have video capability',
        '[X] Patient declined video',
        'Modality: phone (pt unable to access video)',
        'O: Participated via telephone d/t connectivity issues at home.',
        'P: Continue audio; pt lacks a device that supports video.',
        'Audio-only consent obtained; video not available to pt.',
        'Video capability: none.',
        'Video access: no.',
        'Telephone per pt request.',
        "Veteran reports VVC won't run on his older iPhone.",
        'Vet is hypervigilant around cameras since deployment.',
        "Student's school Chromebook blocks Zoom.",
        "Teen's phone was taken by dad after the fight, so he used the home landline.",
        'Grounded from electronics; dialed in on the kitchen phone.',
        'Zoom outage affected the whole group; all joined by phone.',
        "The clinic's video platform was under maintenance, so everyone dialed in.",
        'Phone only. The app keeps crashing on her Samsung.',
        'By phone. Her data plan is capped and video eats it.',
      ],
      [
        'Phone only.',
        'Joined by phone only. Her laptop was in the shop last spring.',
        "Audio only. Discussed her son's cracked phone screen.",
        "Audio only. Tom's laptop was in the shop.",
        'Audio only. Group watched a short video on urges.',
        'Audio only. Wants to try video next week.',
        'Audio-only today. Camera worked fine last session.',
        'Her phone was stolen in 2022.',
        'Her internet was out for a day last month but is back now.',
        "The facilitator's webcam froze briefly.",
        'Discussed the stress of her phone bill.',
        'Her sister has no internet.',
        'Pt talked about screen time limits for her kids.',
        'She enjoys video calls with her grandkids.',
        'Pt turned camera on halfway through.',
        'No technical issues.',
        'Reason for audio: ____',
        'Reason for audio: not documented',
        'Audio-only reasons documented for all members.',
        'He used to join by phone when his laptop was broken.',
        'Prefers morning groups.',
        'Declined to share this week.',
        'Refused medication changes.',
        "Her roommate's laptop was in the shop.",
        'Phone only. Next week she gets her laptop back from the repair shop and will use video.',
      ],
    );
  });
  describe('location: labelled lines, activities, towns, relatives, facilities, work and school (GN505)', () => {
    table(
      located,
      [
        "Telehealth (video). Quiet today. Location: grandmother's house, Yakima.",
        "Pt loc - sister's condo",
        'Where pt is: cab of his truck',
        'Site: pt home',
        'Patient site: apartment, Bronx NY',
        'Pt at 14 Birch Ln (home).',
        '[x] Home [ ] Other',
        'Location ☒ Home ☐ Vehicle',
        'Was driving home from work.',
        'Sitting on the back porch.',
        "In the hospital waiting room before her mother's surgery.",
        'Pacing the hallway of his building.',
        'Lying in bed with the lights off.',
        'Joined while folding laundry in the basement.',
        'Parked outside the pharmacy.',
        'On her front stoop with earbuds in.',
        'Out in the barn doing chores.',
        'Walking around the mall.',
        "Sitting in the bleachers at her son's practice.",
        'In a booth at the back of a diner.',
        'In the library study room on campus.',
        'Hunkered down in the bathroom for privacy.',
        'Pt in Bozeman this week.',
        'Joined from Tulare County.',
        'Connected from outside Flagstaff.',
        'Currently in Reno.',
        'Calling from Pueblo.',
        "In Duluth, at a friend's place.",
        "At her aunt's trailer.",
        "Staying with her boyfriend's family; joined from their spare room.",
        "Calling from his cousin's basement.",
        'In her dorm room.',
        "From the shelter's computer lab.",
        "Joined from the county jail's attorney booth.",
        'At the VA domiciliary.',
        'In the supply closet at work.',
        'On the loading dock during his break.',
        'At her desk in the back office with the door shut.',
        'From the staff lounge at the nursing home where she works.',
        "From the group home's living room.",
        'In the family room at the rehab.',
        'In his room at the halfway house.',
        'Sober living house, upstairs bedroom.',
        'At a rest stop off I-80.',
        'In a hotel room in Memphis.',
        'At the laundromat.',
        'Pt present from home office.',
        "Youth joined from the school counselor's office.",
        "Adolescent at school in the nurse's office.",
        'Joined with mom at the kitchen table.',
        'Vet joined from the VFW hall.',
        'O: Pt on camera in her bedroom, lights dim.',
        'Data: Pt joined video from car in church parking lot.',
        '"I\'m in my truck at the job site," pt stated.',
        '"I\'m at my mom\'s," she said.',
        "States she's at home alone.",
        'Location—home.',
        'Location = residence',
        'Pt reports being at work in the stockroom.',
        'Video from the back seat of an Uber.',
        'Was in the ER waiting area with her daughter.',
        'Outside on the fire escape for some quiet.',
      ],
      [
        "Each member's location is noted in their paragraph.",
        'Location: see header.',
        'Location verified.',
        'Lives in a trailer outside Yakima.',
        "Plans to join from her sister's next week.",
        "Talked about the fight at her mom's house.",
        'Facilitator joined from the clinic.',
        'Her son is at college in Boise.',
        'Was at the ER Saturday after a fall.',
        'Grew up on a farm in Iowa.',
        'Moving to Phoenix next month.',
        'Worked a double at the hospital yesterday.',
        'Discussed feeling trapped at home.',
        'Wants to go back to school.',
        'Was driving when she got the call from her sister last week.',
        'Processed memories of the house she grew up in.',
        'Her husband was at work during group.',
        'Will be at the beach this weekend.',
        'Location: not obtained.',
        'Hospital stay in October was discussed.',
        '[ ] Home [ ] Work',
        'Her mother is in the hospital in Tucson.',
        'Sitting with her feelings was hard.',
      ],
    );
  });
  // The second bank (a generalisation check): written after the fixes above and run once before any fix in it.
  describe('a second bank, written after the fixes: reasons (GN503)', () => {
    table(
      reason,
      [
        "Telephonic attendance; her Motorola's front camera is fried.",
        'By phone. The school district took back the hotspot over break.',
        "Voice only. Says her face breaks out in hives from stress and she won't be seen like this.",
        'Called in from the road; the cell tower near his place has been down since Tuesday.',
        'Audio. Phone screen has a dead zone where the join button is.',
        "Dialed in. Couldn't get the Doxy link to open on her work computer.",
        'Audio-only per member; "not camera-ready today."',
        "Phone attendance. Lost her glasses and can't see the screen.",
        'Audio: parolee whose phone is restricted by his PO, no video apps.',
        'Phone. His Medicaid phone has no front camera.',
        'Audio only d/t rural address, no broadband provider.',
        'Joined on audio. Her toddler kept grabbing the phone so she turned the camera off and stayed voice.',
        'Telephone. Nursing home staff could not find a tablet for her.',
        'Audio. Says video makes his tics worse and he feels stared at.',
        'On the line by phone. He is living in his truck and has no Wi-Fi.',
        "Audio only: pt's smartphone was seized as evidence.",
        'Phone only. Satellite dish blew over in the windstorm.',
        'Telephone session; member still in hospital, no devices allowed on the psych floor.',
        'Audio. Pt said the app wants a newer iOS than her phone can run.',
        'Phone. Too sedated after the procedure to manage a screen.',
      ],
      [
        'Phone.',
        'Audio only; video next week once the new tablet arrives. Will try it then.',
        "Audio only. Discussed her daughter's broken laptop.",
        'Telephone. Cell tower outage in 2023 came up as a stressor from the past.',
        'Audio only. Group reviewed a video about distress tolerance.',
        'Audio only. Said her camera works fine now.',
        "Telephone. Her brother can't afford internet.",
      ],
    );
  });
  describe('a second bank, written after the fixes: locations (GN505)', () => {
    table(
      located,
      [
        'Video. Stayed curled up on her bunk at the mission.',
        "Pt on screen from the passenger side of her sister's van.",
        "Attending from the teachers' lounge at the school where he subs.",
        'Audio; said he was at the tire shop waiting on an oil change.',
        'Connected in the VA hospital lobby between appointments.',
        'Logged in at her kitchen counter.',
        'Present via video from the bleachers of the ice rink.',
        'Dialed in, standing outside the feed store in Marfa.',
        "On video from his grandma's trailer out past Gallup.",
        'Location of patient: residence (Albuquerque, NM).',
        'Pt loc: car, parked, Walgreens lot.',
        "Member's location - apartment stairwell.",
        'At the homeless drop-in, using their computer.',
        'Sat in his truck at the quarry on lunch.',
        "Pt reports she's in the dorm laundry room.",
        'Patient joined from Ft. Hood barracks.',
        "Video, at her boyfriend's place.",
        "In the car outside her kid's daycare.",
        'Joined from the parking lot of the methadone clinic after dosing.',
        'Was at the library branch downtown in a study pod.',
        'Home (verified w/ pt), Cheyenne WY.',
      ],
      [
        'All participants verified location verbally.',
        'Location: per intake.',
        "Her brother's house in Gallup is where she grew up.",
        "Will be at her aunt's in Denver for Christmas.",
        "Talked about the tension in the car on the ride to her dad's.",
        'Facilitator location: clinic, Suite 200.',
        'Pt lives at the mission downtown.',
        'Was at the tire shop yesterday when her card was declined.',
      ],
    );
  });
});

describe('GN503 / GN505 on an audio-only note: a reason or a place in the next sentence', () => {
  const note = audioNote(
    'Joined by phone only. Her laptop was in the shop. Sitting on the back porch.',
    "Audio-only today. Mood flat. Location: grandmother's house, Yakima. Said his tablet is at the repair place.",
    "Phone only. Tom's laptop was in the shop. Talked about the fight at his mom's house.",
  );

  it('GN503 reports only the member whose paragraph gives no reason of his own', () => {
    assert.deepStrictEqual(flaggedAttendees(note, 'GN503'), ['P004']);
  });
  it('GN505 reports only the member whose paragraph gives no place of his own', () => {
    assert.deepStrictEqual(flaggedAttendees(note, 'GN505'), ['P004']);
  });
  it("the member's own possessive is his own device", () => {
    const own = audioNote(
      "Sarah's laptop was in the shop. At home.",
      'Declined video. At home.',
      "Phone only. David's tablet is at the repair place. Currently in Reno.",
    );
    assert.deepStrictEqual(flaggedAttendees(own, 'GN503'), []);
  });
});
