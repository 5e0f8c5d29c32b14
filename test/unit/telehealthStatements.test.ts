import * as assert from 'assert';
import { analyzeProse } from '../../server/src/prose/segment';
import * as telehealth from '../../server/src/prose/telehealth';

const statesPatientLocation = (text: string) => telehealth.statesPatientLocation(analyzeProse(text));
const statesVideoNotUsable = (text: string) => telehealth.statesVideoNotUsable(analyzeProse(text));

/** Table tests for the GN503 / GN505 prose detectors with phrasings clinicians really write. */
describe('telehealth statements', () => {
  describe('statesVideoNotUsable (GN503)', () => {
    const yes = [
      'Declined video.',
      'Patient declined video and joined by phone.',
      'She declined to turn on her camera.',
      'Member refuses to be on camera due to paranoia about recording.',
      'Video was declined by the patient.',
      'No camera on her phone.',
      'Pt has no webcam.',
      'He does not have a device that supports video.',
      "Doesn't own a smartphone; joined by landline.",
      'Lacks broadband at home.',
      'Patient lacks reliable internet access.',
      'No access to a video-capable device.',
      'Unable to use video.',
      'Could not connect by video despite troubleshooting for 5 minutes.',
      "Couldn't get her camera to work.",
      'Was not able to turn on the camera on her laptop.',
      'Audio-only at patient request.',
      'Audio only per member preference.',
      "Phone participation at the client's request.",
      'Patient requested audio-only.',
      'She prefers phone because video increases her social anxiety.',
      'Tom chose to join by phone.',
      'Opted for audio-only.',
      'Does not consent to video.',
      'Did not want to be on camera today.',
      'Would not turn on the camera.',
      'Not comfortable on camera.',
      'Uncomfortable with video since the assault.',
      'Her camera was not working.',
      "Patient's video would not connect.",
      'Video kept freezing on his end, so he switched to audio.',
      'Poor connectivity in her rural area.',
      'Unstable internet at the shelter.',
      'Lives in a rural area without broadband.',
      'No cell signal strong enough for video where she lives.',
      'His phone could not load the video link.',
      'Her laptop camera stopped working last week.',
      'No data plan for video this month.',
      'Prefers audio.',
      'Did not want her kids to see her on camera, so joined by phone.',
    ];
    const no = [
      'Joined by phone.',
      'Audio-only session.',
      'Watched a short video on the panic cycle.',
      'Did not decline video this week and kept the camera on.',
      'Patient never declined video.',
      'Facilitator requested phone numbers for the crisis plan.',
      "The facilitator's camera failed, so the group met by phone.",
      'Our video platform was not working.',
      'Denies SI/HI.',
      'Used video throughout the session.',
      'Reports no concerns about the video format.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), false));
  });

  describe('statesPatientLocation (GN505)', () => {
    const yes = [
      'Patient located at home.',
      'Located at home in Anytown, NY.',
      'Joined from her car in a parked lot.',
      'Joined the session from home.',
      'Participated from her office at work with the door closed.',
      'Called in from work.',
      'Connected by video from his apartment in Albany.',
      'Location: home, Anytown NY.',
      'Patient location - home.',
      'Location verified as home.',
      'Confirmed her location (home, Anytown NY).',
      "Physical location: her sister's house in Troy, NY.",
      'Pt at home.',
      'Is at home alone, door closed.',
      'Remained in her parked car for the whole group.',
      'Was at home for the session.',
      'Sat in a parked car outside her workplace.',
      'Marisol was at home in her car in the driveway.',
      'In the break room at his job with the door closed.',
      "Joined from his sister's apartment in Dayton.",
      'Location: home (verified).',
    ];
    const no = [
      'Reported conflict at home with her partner.',
      'She was at work when the panic attack started.',
      'Discussed relocation stress.',
      'Joined from the start and stayed until the end.',
      'Participated from 14:00 to 15:00.',
      'The facilitator joined from the clinic office.',
      'I joined from the office.',
      'Wants to move out of her home by spring.',
      'Benefited from the exposure exercise.',
      'Location not verified.',
      // An attestation that a location was verified does not say where the patient was (place of service and
      // licensure need the place): not a location, in a member's section or in the narrative.
      'Verified location at the start of the session.',
      "Facilitator verified each member's location and emergency contact.",
      'Address confirmed at check-in.',
      "Each member's location is noted in their paragraph.",
      'Lives with her mother in an apartment downtown.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), false));
  });

  // Issue 11: plain-words paraphrases and their near-misses (written for the tests, not taken from the corpus).
  describe('audio-only reasons in plain words (GN503)', () => {
    const yes = [
      'His phone could not load the video link.',
      'Her laptop camera stopped working last week.',
      'No data plan for video.',
      'Bandwidth too poor for video at his place.',
      'Prefers audio because of privacy at home.',
      'Her tablet screen is cracked and the camera does not work.',
      'Out of data until the first of the month, so phone only.',
      'The video app would not install on her old phone.',
      'He cannot afford internet right now.',
      'Internet was shut off last week for nonpayment.',
      'Wi-Fi at the shelter is too weak for video.',
      'Cell reception at the farm is too spotty for video.',
      'She asked to stay off camera because her face is still bruised.',
      'Chose phone so his coworkers would not see him on video.',
      "Audio only at member's request (privacy, roommate home).",
      'Says being on camera makes her panic.',
      'Only has a landline.',
      'Video would not connect on his end, switched to phone.',
      'Too depressed to be on camera today, per pt.',
      'Does not know how to use video and declined help setting it up.',
      'Her phone has no front camera.',
      'Pt said he cannot do video at work.',
      'Pt would not turn his camera on because he was in bed.',
      'Internet has been down at her apartment since Monday.',
      'The zoom link kept crashing on her Chromebook, so she called in.',
      'Lost her phone charger and was on a borrowed landline.',
      'Audio only (pt request).',
      'Phone session; video not available to pt.',
      'Camera broken.',
      "Couldn't get on video.",
      'Pt unable to do video (work).',
      'Audio only 2/2 connectivity.',
      'Joined by phone d/t poor wifi.',
      'Reason for audio: pt preference.',
      'Audio-only reason: patient does not have video capability.',
      'Pt in a public place and could not be on camera.',
      'Kids at home, no private space for video.',
      'Phone does not support video.',
      "Her phone isn't a smartphone.",
      'Phone too old for the video app.',
      'Pt declined camera, stating she "looks like a mess."',
      'Video not an option for him right now (no smartphone).',
      'Client stated she was not comfortable turning on video with her partner nearby.',
      'He asked to do phone because he was driving back from a job.',
      'Audio only: no private space at the group home.',
      'Pt reports no reliable internet at home.',
      "Since the cataract surgery he can't make out faces on the tablet and would rather just listen.",
      'His cell signal is good enough for a voice call but not video.',
      'The signal at the farm is not strong enough for video.',
      'Uses a flip phone.',
      'No video per pt request.',
      'Camera off by choice.',
      'Kept her camera off for privacy.',
      'Pt opted out of video.',
      'Not safe to be on camera while driving.',
      "Pt's phone broken; borrowed a landline.",
      'Pt stated she is not a camera person.',
      'Video declined d/t anxiety.',
      'Pt does not do video.',
      "Pt won't do video calls.",
      "Pt said his phone can't do video.",
      'Has no way to do video.',
      'Audio-only: pt lacks a video-capable device.',
      'Said the video makes her feel watched.',
    ];
    const no = [
      'Turned her camera off for a minute.',
      'Video froze briefly then resumed.',
      'Joined by phone.',
      'Audio-only group.',
      'Watched a video about grief.',
      "The facilitator's video was down, so the group met by phone.",
      'Discussed how video calls with her son make her sad.',
      'Keeps her camera on most weeks.',
      'Camera was on the whole session.',
      'Talked about her phone addiction.',
      'Her daughter declined to visit.',
      'He refused to take his medication.',
      'Lost her job last week.',
      'Has no support at home.',
      'Denies SI.',
      'Video worked fine this week.',
      'Video connection was good.',
      'Her camera froze for a few seconds and came back.',
      'Screen went black briefly, then she was back on video.',
      'Audio only.',
      'Phone.',
      'Pt called in.',
      'Audio-only telehealth session (93).',
      'Reason for audio only: [ ] Declined video [ ] No device [ ] Connectivity',
      'Reason for audio only: ________',
      'Declined to share in group.',
      'Declined the role-play.',
      'Phone only today. On break in the stockroom at work, door shut.',
      'Could not see the handout the facilitator held up.',
      'Camera off for the first 20 minutes; turned it on when asked.',
      'Pt said the group video about breathing was helpful.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), false));
  });

  describe('patient locations in plain words (GN505)', () => {
    const yes = [
      'Marisol was at home in her car in the driveway.',
      'In the break room at his job with the door closed.',
      "Joined from his sister's apartment.",
      'Logged on from her dorm room.',
      'Joined from her dorm room between classes.',
      'Parked outside work on his lunch break.',
      'Calling from the shelter.',
      'At the shelter, in the quiet room.',
      'Pt was at the shelter for group.',
      'Joined on video from his cabin near the lake.',
      'Sitting on the steps outside her building.',
      "Pt on video from his grandmother's kitchen in El Paso.",
      'Connected from a hotel room in Denver for a work trip.',
      'He was in his truck at the job site.',
      'She logged in from her bedroom with headphones on.',
      'Joined from the hospital parking garage after her shift.',
      "Participated from the back porch at her mom's place.",
      "Called from his boyfriend's apartment in Queens.",
      "Pt in her car outside her daughter's school.",
      'On the call from the laundromat.',
      "Calling in from a friend's couch in Tulsa.",
      'Was in the staff lounge at work.',
      'Joined via phone from the bus stop.',
      'From home, in her kitchen.',
      'Home, alone in bedroom (pt report).',
      "Originating site: patient's home, Dayton OH.",
      'Pt location: at work, supply closet, door locked.',
      'Connected from her office at the hospital.',
      'Was home alone in the living room for the session.',
      'Stayed in her car in the church parking lot for the whole group.',
      "Joined from his uncle's farm outside Fresno.",
      'Sat in the hallway outside her apartment so the kids would not hear.',
      'Pt joined from home (Springfield, MO).',
      'Loc: home.',
      "Pt at mom's.",
      'Pt in car (parked).',
      'Joined from work (private office).',
      'Member was at his workplace in Toledo, OH.',
      'Participating from the day room at the group home.',
      'Home (Dayton, OH).',
      'At home - Bronx, NY.',
      "Pt's location: home.",
      'Pt home, Dayton OH.',
      'Pt joined while on break at work, in his truck.',
      "She was at her boyfriend's during group.",
      'Connected from a private room at the library.',
      'Joined by phone from the sunroom at Maple Grove.',
      'On break in the stockroom at work, door shut.',
      'Pt is currently in Florida visiting family.',
      'Joined from Dayton, OH.',
      'Calling from inside her car at the Walmart lot.',
      'Pt in parked car, alone.',
      'Joined from the VA clinic waiting area.',
      'Pt at residence.',
      "Pt is out of state this week, in Arizona at her daughter's.",
      'Located in her bedroom at the group home.',
      'Pt at work (private office, door closed).',
    ];
    const no = [
      "Each member's location is noted in their paragraph.",
      'All members confirmed their location at the start.',
      'All participants confirmed their locations at start of group.',
      'Locations were verified for everyone at check-in.',
      'Location: not documented.',
      'Patient location: unknown.',
      'Lives at the shelter on Main St.',
      'She was at the shelter when her phone was stolen.',
      'Talked about feeling unsafe at home.',
      "Her brother's apartment is where the fight happened.",
      'Was at work when her ex called.',
      'Got into an argument at the bar Friday.',
      'Facilitator was in the clinic office.',
      "Plans to move into her sister's apartment next month.",
      'Discussed stress at work.',
      'Used alone in his car on Saturday.',
      'Members joined from home or work.',
      'The group meets by video and members join from wherever they are.',
      'Hopes to return home from the hospital soon.',
      'Wants to go back to school in the fall.',
      'LOC: IOP.',
      'Lives at home with mom.',
      'Going home after group.',
      'Left home at 8 for work.',
      "Went to her mom's after the fight.",
      'Location: See group header.',
      'Location: per group narrative.',
      'Pt is from Florida originally.',
      'Pt moved here from Ohio last year.',
      'Her mother lives in Florida.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), false));
  });

  // Labelled template fields are read by their label and value (telehealth.ts filledFields), whatever the label says.
  describe('labelled template fields (GN503, GN505)', () => {
    const locations = [
      'Location of patient at time of service: Home - Spokane, WA',
      'Location during session: work (private office, door closed)',
      'Patient location at start of group: parked car outside work',
      "Pt Loc: pt's vehicle (parked)",
      "Where: her aunt's trailer outside Yakima.",
      'Originating site: patient home, Reno NV',
      'Patient location: [ ] Home  [ ] Work  [x] Other: hotel room in Fresno',
      'Location: [x] Home  [ ] Work  [ ] Other',
      "**Patient location:** grandmother's house",
      'Video session; pt location: home (verified).',
      'Patient location - home.',
    ];
    const notLocations = [
      'Location of patient at time of service: ____________',
      'Patient location:',
      'Patient location: Not obtained',
      'Location: N/A',
      'Location: unknown, pt would not say',
      'Location: see group header.',
      'Patient location: [ ] Home  [ ] Work  [ ] Other: ______',
      'Patient location: [ ] Home  [ ] Work  [x] Other: ______',
      'Provider location: Main St office',
      'Clinician location: home office',
      'Location: telehealth',
      'Location: all members confirmed their locations at check-in.',
      "Location: each member's location is in their own section.",
      'LOC: IOP.',
      'Where we left off: the values worksheet.',
    ];
    const reasons = [
      'Reason for telephone: [x] Patient preference  [ ] No device',
      'Audio-only d/t: visual impairment',
      'Why not video: no internet out there.',
      'Reason for audio only - pt does not own a smartphone',
      'Phone-only reason: camera broken',
      'Reason for no video: privacy, kids home.',
    ];
    const notReasons = [
      'Reason for telephone: [ ] Patient preference  [ ] No device',
      'Reason for audio-only:',
      'Reason for audio only: ________',
      'Audio reason: not given',
      'Reason for referral: panic attacks.',
      'Reason for audio: N/A',
    ];
    for (const line of locations)
      it(`location field: ${line}`, () => assert.strictEqual(statesPatientLocation(line), true));
    for (const line of notLocations)
      it(`no location in: ${line}`, () => assert.strictEqual(statesPatientLocation(line), false));
    for (const line of reasons) it(`reason field: ${line}`, () => assert.strictEqual(statesVideoNotUsable(line), true));
    for (const line of notReasons)
      it(`no reason in: ${line}`, () => assert.strictEqual(statesVideoNotUsable(line), false));
  });

  // A place phrase is the session's location when the member is the subject of its clause, with a verb of joining or
  // of position, and the time is the session's; places in other events, other times or other people's are not.
  describe('places in the session, read by clause and time (GN505)', () => {
    const yes = [
      'Phoned in while parked behind the grocery store.',
      'Was on camera from the front seat of her truck.',
      'He was sitting in the back booth of the diner.',
      'Logged on from the hotel lobby in Denver.',
      'Joined from the infusion chair during her treatment.',
      'Today from the bakery on Elm, in the back.',
      'Was riding the train to work.',
      'Dialed in from the telehealth booth at the county library.',
      "Is in Boise this week for her son's wedding and joined from the hotel.",
      'Currently in his truck at the job site.',
      'Joined from the warehouse where he started on Monday.',
      'Was in the staff lounge at work.',
      'Joined the Tuesday skills block from her dorm room.',
      'Called in on a 10-min break at the shop, out back by the dumpsters.',
    ];
    const no = [
      "Was parked outside his ex's house last night.",
      'Attended the funeral at the church Saturday.',
      'Talked about the fight she had at the grocery store.',
      'Used to live in a shelter downtown.',
      'Her husband joined from his truck.',
      'Her son was in the back seat during group.',
      'Called her sponsor from the parking lot Saturday.',
      'Took the bus to the clinic last week.',
      "Spent the weekend at her sister's place.",
      'Stayed in his room all weekend.',
      "Stays at her mom's on weekends.",
      'Staff member joined from the clinic office.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), false));
  });

  describe('a joining statement is not undone by a clause of cause or circumstance after it (GN505)', () => {
    const yes = [
      'Called in from his bedroom at home because the camera on his laptop quit last week.',
      'Joined from her car since her laptop broke Monday.',
      "Phoned in from the porch 'cause the kids were napping, as she did Tuesday.",
      'Dialed in from his truck in the methadone clinic lot after dosing.',
      'Logged on from the break room at the plant before her shift.',
      'Called in from the car in the hospital garage before her appointment.',
      'Location: facilitator confirmed pt at home.',
      // Staff by any role word, plural or co-: the same list as a field value that opens with the staff.
      'Location: co-facilitator confirmed pt at home.',
      'Co-facilitators verified the patient was at home in her kitchen.',
      'Group leader confirmed she joined from her car in the driveway.',
    ];
    const no = [
      "Was at her mom's house Sunday because the power was out.",
      'Joined from work yesterday because of a shift.',
      'She was at the shelter when her phone was stolen.',
      'Was in the clinic lot after dosing on Monday.',
      'Location: Facilitator at Elm St clinic office.',
      'Location: therapist in the Main St office, door closed.',
      'Location: co-facilitator at the clinic office.',
      'Therapists joined from the Elm St clinic office.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), false));
  });

  describe('audio-only reasons linked to the modality (GN503)', () => {
    const yes = [
      'Her hands shake too much to hold the tablet, so she joins by phone.',
      'Kept to audio since her roommate was home.',
      'Reading a screen for an hour makes him queasy.',
      'There is nothing in the apartment that can do video.',
      'His cell has been shut off since the bill went unpaid.',
      "Her brother borrowed the laptop and her own phone's camera does not work.",
      'Modality: phone (audio only) - client preference',
      'Not ready to be seen on camera since the surgery.',
    ];
    const no = [
      'Kept to the topic of sleep.',
      "Her roommate's laptop broke and her boyfriend's phone was stolen.",
      'Video froze for a moment, then came back.',
      'The group met by phone this week.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesVideoNotUsable(sentence), false));
  });

  /**
   * Issue 11 (writer-tl): families of meaning found by new dev paragraphs (eval/corpus/dev/*-tl.yaml), each with its
   * paraphrases and its near-misses (another time, a plan, someone else, the group or the distant site).
   */
  describe('issue 11: locations and audio-only reasons in new words', () => {
    const table = (name: string, detect: (text: string) => boolean, yes: string[], no: string[]) =>
      describe(name, () => {
        for (const sentence of yes) it(`finds: ${sentence}`, () => assert.strictEqual(detect(sentence), true));
        for (const sentence of no) it(`ignores: ${sentence}`, () => assert.strictEqual(detect(sentence), false));
      });

    table(
      'joined from a place the place list lacks',
      statesPatientLocation,
      [
        "Called in from the passenger side of her husband's pickup.",
        'Logged on from Cody.',
        "Joined today from the nurses' lounge at St. Luke's.",
        'O: On phone from infusion suite at Mercy during his infusion.',
        'Phoned in from the food bank where she volunteers.',
      ],
      [
        'Joined from her phone.',
        'Participated from the start.',
        'Called from a blocked number.',
        'Attended from 9 to 10.',
        'Joined from the beginning of group.',
        'On video from her laptop.',
      ],
    );

    table(
      'a place named in plain words (shorthand, a relative, a vehicle, a place of worship, a cubicle)',
      statesPatientLocation,
      [
        'Phone only, home in Tulsa.',
        'VVC from his truck in the visitor lot.',
        'VVC, home.',
        'Pt in the clinic parking lot.',
        'Pt currently at work, back office.',
        "Sitting in his cousin's Camry during group.",
        'On screen from her cubicle at the insurance office.',
        "Joined on video while at the nurses' station.",
        'Video on; pt in the pickup outside the mosque.',
        'Was on the phone, walking laps of the track behind the middle school.',
        'Joined lying down on the sofa in his front room.',
      ],
      [
        'Pt at work when the panic started.',
        'Pt in school full time.',
        "Talked about a moment in her sister's wedding.",
        "In her mother's care since June.",
        'Talked about the argument at the mall.',
        'Has been in a lot of pain.',
        'Said the trouble started behind the school last year.',
        "Went to his cousin's house last weekend.",
      ],
    );

    table(
      'a planned place is not where the member was',
      statesPatientLocation,
      ['Joined from work this week.', 'Is at work today and joined from the break room.'],
      [
        'Will join from work next week.',
        'Plans to call from the church library next week.',
        "He'll log on from his sister's next time.",
        "Joining from her mom's house next week.",
        'Hopes to join from the dorm once the semester starts.',
      ],
    );

    table(
      "the clinician verifies the member's place",
      statesPatientLocation,
      [
        'Writer confirmed pt is at home in her bedroom.',
        'Writer verified that pt was in her car, parked.',
        'Clinician confirmed client located at home.',
      ],
      [
        'Writer facilitated from the clinic office.',
        'Writer joined from the clinic office while pt was on the phone.',
        'Said he stayed in his room during the fight Saturday.',
      ],
    );

    table(
      "a place reported in the present, abroad, or this morning; the staff's field is not hers",
      statesPatientLocation,
      [
        "Pt states she is presently at her mom's in Columbus, OH for the week.",
        'Reports he is at work, in the break room.',
        'Pt located in Lisbon, Portugal this week (family visit).',
        'Participated from bed this morning after a double shift.',
      ],
      [
        'Facilitator location: home office, Albany NY.',
        'Provider site: clinic, Dayton OH.',
        "Went to her mom's funeral in Columbus.",
        'Participated from bed yesterday morning, per her sister.',
        'Pt states she felt unsafe at home.',
      ],
    );

    table(
      'the video device is not charged',
      statesVideoNotUsable,
      ['Ran out of time to charge laptop after work.', 'Tablet battery was flat.', 'Forgot to charge her phone.'],
      ['Charged her laptop before group and stayed on video.'],
    );

    table(
      'reported being somewhere, at home in shorthand, pulled over, a hospital unit',
      statesPatientLocation,
      [
        'Pt reported being at home, kitchen.',
        'States that she is in her car outside the pharmacy.',
        'Pt home today, alone.',
        'Home (pt report).',
        'Driving; pulled over in a Sheetz lot for group.',
        'Currently at an inpatient medical unit (admitted for pneumonia).',
      ],
      [
        'Pt home when the fight started.',
        'Reported being at the bar when the fight started.',
        'Pt home most weekends with her kids.',
        'Pulled over by police last week on the way to work.',
      ],
    );

    table(
      'a captioned phone, an employer ban, not feeling comfortable on camera, how video makes the member feel',
      statesVideoNotUsable,
      [
        'Pt has a hearing impairment and participates on her captioned phone.',
        'His employer prohibits video apps on the company phone.',
        "Said she doesn't feel comfortable showing her face since the rash flared.",
        'Video makes him feel like he is being stared at.',
        '"I just don\'t want to be seen today."',
        "Phone only - pt's preference.",
        'Pt unable to download the app on her phone.',
      ],
      [
        'The group discussed a video about being stared at.',
        "Phone only - writer's preference.",
        'Feels comfortable showing her face now and kept video on.',
      ],
    );

    table(
      'took the call somewhere, stepped out to a place, on the call from, a labelled field with (pt)',
      statesPatientLocation,
      [
        'Pt took the call in her bathroom with the fan on.',
        'Stepped out to the hallway of her building for the call.',
        'Went into the garage for privacy during group.',
        'On the call from his break at the warehouse.',
        'Location (pt): residence.',
      ],
      [
        "Went to her sister's this weekend.",
        'Took the bus to the clinic last week.',
        'Location (pt): not stated.',
        'Stepped out of the call early.',
      ],
    );

    table(
      'device taken or shattered, tech literacy, poor eyesight, unsafe to be seen, video unavailable to the member',
      statesVideoNotUsable,
      [
        'Her laptop was confiscated by her parents.',
        "Pt's phone screen is shattered.",
        'The camera on his work laptop is taped over by company policy.',
        'Member has limited tech literacy.',
        'Pt lacks the equipment for video.',
        'Poor eyesight, finds the screen hard to see.',
        'At home, being seen on video is not safe for her right now.',
        'Video unavailable to pt today.',
      ],
      [
        'Lacks the means to pay rent this month.',
        "Her son's phone screen is shattered.",
        'Video was unavailable for the whole group.',
        'Talked about the risky move across town.',
      ],
    );

    const withSelf = (text: string, self: string) =>
      telehealth.statesPatientLocation(analyzeProse(text), { selfNames: [self] });
    const reasonWithSelf = (text: string, self: string) =>
      telehealth.statesVideoNotUsable(analyzeProse(text), { selfNames: [self] });
    it('another member named as the subject is not this member (location)', () => {
      assert.strictEqual(withSelf("Mentioned that Ingrid was calling from her daughter's house.", 'Kofi'), false);
      assert.strictEqual(withSelf('Said Tomas was on video from his truck.', 'Kofi'), false);
      assert.strictEqual(withSelf("Said she was calling from her daughter's house.", 'Kofi'), true);
      assert.strictEqual(withSelf('Noted that Kofi was calling from his car.', 'Kofi'), true);
      assert.strictEqual(withSelf('Writer noted that she joined from her car.', 'Kofi'), true);
    });
    it('another member named as the subject is not this member (audio reason)', () => {
      assert.strictEqual(reasonWithSelf('Mentioned that Deshawn declined video.', 'Kofi'), false);
      assert.strictEqual(reasonWithSelf('Noted that Kofi declined video.', 'Kofi'), true);
    });

    table(
      'the connection or the device gives out',
      statesVideoNotUsable,
      [
        'The only internet out there is a satellite dish that quits whenever it rains.',
        'The hotspot never holds a picture for long.',
        'Out of high-speed data, so the app will not stream.',
        'Her old Android freezes on the video link every time.',
        'The tablet crashes when she opens the app.',
      ],
      ['Video froze on the link briefly, then resumed.', 'The facilitator’s camera quit twice.'],
    );

    table(
      'a visual, hearing or cognitive reason',
      statesVideoNotUsable,
      [
        'Since the stroke, faces on a screen blur together.',
        'Pt is legally blind; joins by phone.',
        'The video sound is too thin for him.',
        'The amplified handset is the only way he can follow the conversation.',
        'Cannot manage the steps to get into the video visit on her own.',
        "Can't navigate the app without her grandson.",
      ],
      ['Talked about a blind spot in how she sees her son.', 'Her mother is legally blind.'],
    );

    table(
      'the device is not with the member, or cannot do video',
      statesVideoNotUsable,
      ['Tablet from home left behind.', 'Forgot his laptop at work.', 'Uses a basic prepaid handset.'],
      ['Gave the group her prepaid phone number.'],
    );

    table(
      'the cause is tied to audio, or video is put off until the member is ready',
      statesVideoNotUsable,
      [
        'Her vision is poor, which is why she stays on the phone.',
        "That's why he calls in.",
        "Will do video when she's ready, not yet.",
        'Wants to try video once her nephew sets up the laptop.',
      ],
      ['That is why the group meets by phone.', 'Will try video next week.'],
    );

    // The platform down for everyone is each member's reason (eval/GUIDE.md, an audio-only reason for the whole
    // group): telehealthDec11.test.ts holds it.
    table("the member's own app down", statesVideoNotUsable, ['The video app on her phone was down all week.'], []);
  });
});
