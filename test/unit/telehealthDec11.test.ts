/**
 * GN503 (audio-only reason) and GN505 (patient location) in any natural phrasing: a bank of fresh sentences written
 * the way clinicians in other settings write them (terse IOP/SUD, narrative, SOAP/DAP/BIRP, labelled lines,
 * checkboxes, adolescent, telehealth, veterans, grief), each group with its near-misses: a reason that is not about
 * this session, a place that is not where the member was during it, a sentence about the whole group or about
 * where statements are written, someone else's place or device.
 */
import * as assert from 'assert';
import { analyzeProse, statesPatientLocation, statesVideoNotUsable } from '../../server/src/prose';

const reason = (text: string) => statesVideoNotUsable(analyzeProse(text));
const located = (text: string) => statesPatientLocation(analyzeProse(text));

function table(read: (text: string) => boolean, found: readonly string[], ignored: readonly string[]) {
  for (const text of found) it(`finds: ${text}`, () => assert.strictEqual(read(text), true));
  for (const text of ignored) it(`ignores: ${text}`, () => assert.strictEqual(read(text), false));
}

describe('telehealth statements, Dec 11: the GN503 / GN505 paraphrase bank', () => {
  describe('audio-only reason: the device (GN503)', () => {
    table(
      reason,
      [
        'No camera on the old Dell she borrowed from the library, so phone only.',
        "Pt's webcam has been broken since the move; joined by phone.",
        "Doesn't own a smartphone, just a Jitterbug.",
        'His phone plan is talk and text only, no data.',
        "She is on a talk-and-text plan, so video isn't an option.",
        'Cracked screen on his phone makes the video unusable.',
        'The front camera on her phone quit working after she dropped it in the sink.',
        'Her Chromebook is too old to run the telehealth app.',
        'Pt has only a landline at the farmhouse.',
        'Tablet was repossessed last month, so audio only.',
        'Lost his phone on the bus yesterday and called in on the house phone.',
        'Borrowed a neighbor’s flip phone for today’s group since hers was stolen.',
        'Phone too old to download the app.',
        'Her son took the good laptop back to college, leaving her with the flip phone.',
        'Cell out of minutes till the 1st; called from the house phone.',
        'No smartphone (flip phone only).',
        "Mom's phone is the only one in the house and its camera doesn't work.",
        'His phone was taken away by his parents this week as a consequence, so he joined on the landline.',
        'Screen on her tablet is shattered.',
        'Laptop died over the weekend and she has not replaced it.',
        'His phone is a hand-me-down whose camera died years ago, so he joins by voice.',
        'Lost her smartphone last winter and still has only the flip phone.',
      ],
      [
        'Lost his phone last year and has had a new one since.',
        'Her laptop camera broke in the spring but was fixed Monday.',
        'The router died last week; it works fine now.',
        'Joined by phone.',
        'Audio only today.',
        'Phone number updated in the chart.',
        'Her roommate has no laptop.',
        'Talked about how her son never answers his phone.',
      ],
    );
  });

  describe('audio-only reason: the connection (GN503)', () => {
    table(
      reason,
      [
        'No wifi at the apartment and her data ran out on the 20th.',
        'Rural route: the signal drops the moment video starts.',
        "Satellite internet at the ranch can't keep a video call up.",
        'Bandwidth at the motel would not support video.',
        'He has hit his data cap for the month.',
        'Internet got shut off for nonpayment last week.',
        "Lives out past the county line where there's one bar of service, so he calls in.",
        'Her hotspot is throttled after 5 GB, and video eats through that in one session.',
        'Connection too weak for video out at the lake place.',
        'Video kept dropping her, so she switched to calling in ten minutes in.',
        "The link wouldn't load on his phone; dialed the conference number instead.",
        'Zoom crashed on her end twice and she finished on audio.',
        'Power was out in her neighborhood, so no internet; she called in.',
        'The storm knocked out the cable internet.',
        'The video would not connect on her end, so she phoned in.',
        'Veteran lives off-grid with no internet service.',
      ],
      [
        'Internet safety for teens was the topic.',
        'Video froze for a second, then came back.',
        'Video worked fine; camera on throughout.',
        'Her wifi was fixed and she was on video today.',
        'Her brother has no internet out at his place.',
      ],
    );
  });

  describe('audio-only reason: privacy (GN503)', () => {
    table(
      reason,
      [
        "Didn't want her husband to see she was in group, so the camera stayed off.",
        'Her mother-in-law is staying with them and would hear every word on video; chose phone from the porch.',
        'Shares one laptop with four kids doing school, so no private way to use the camera.',
        'Afraid coworkers would see her on screen in the break room, so she stayed on audio.',
        'Thin walls at the shelter; she would not go on camera where other residents could see.',
        'Not comfortable being seen by the group yet.',
        'Turned down video: "I don\'t want anybody seeing my place."',
        'Her partner checks the tablet, so she would not install the video app on it.',
        "Didn't want his little brothers seeing him on screen; called in from the garage.",
      ],
      [
        'Group discussed privacy at home.',
        'Her partner checks her phone, which she named as controlling.',
        'Her daughter prefers phone calls to texts.',
      ],
    );
  });

  describe('audio-only reason: where the member is (GN503)', () => {
    table(
      reason,
      [
        'Driving back from his shift at the plant; audio for safety.',
        'On break at work with nowhere to prop up a camera.',
        "At the shelter, where phones with cameras aren't allowed in the common room.",
        'Behind the wheel for the first half, audio only until she parked.',
        'Long-haul trucker, on the road during group, so phone only.',
        'On the bus between jobs, so phone only.',
      ],
      [
        'Talked about driving to her mom’s on Sunday.',
        'Shared that driving past the old house still upsets him.',
        'Was caring for her mother last week and missed group.',
        'Plans to take the bus to her appointment Friday.',
      ],
    );
  });

  describe('audio-only reason: preference and consent (GN503)', () => {
    table(
      reason,
      [
        'Declined the video option again this week.',
        'Said no to the camera.',
        'Opted for the phone line over video.',
        'Pt would rather not be on screen.',
        'Prefers to call in; says seeing herself on video is distracting.',
        'Chose audio: "I talk better when nobody\'s looking at me."',
        'Refused to turn on video despite encouragement.',
        'He says he\'s "not a video guy."',
        'Uncomfortable on camera since the burns to her face.',
        'Does not consent to video visits.',
        'Video declined at patient request.',
        'Too tearful to be on camera today, she said.',
        'Has not been able to face the camera since the funeral.',
        'Vet declined VVC; prefers phone.',
      ],
      [
        'Never declined video.',
        'Declined the offer of a sober ride.',
        'Family worried about the decline in his memory since the move to video visits.',
        'Pt declines to share today; video on.',
        'Prefers to sit near the door.',
        'Camera was off for a minute while she fetched water, then back on.',
        'The group talked about how video calls feel awkward for some people.',
      ],
    );
  });

  describe('audio-only reason: a disability (GN503)', () => {
    table(
      reason,
      [
        'Visually impaired; the screen is no use to her.',
        'Low vision from diabetic retinopathy, so she listens in by phone.',
        "With his tremor he can't hold the tablet steady for video.",
        'Cognitive impairment after the stroke makes the video app too confusing.',
        'Her hearing aids stream from her phone, so a phone call is the only way she can follow group.',
        'Blind since birth; joins by phone.',
        'Flickering screens can set off her seizures, so audio only.',
      ],
      ['Her father is blind and lives with her.', 'Turned a blind eye to the mess.'],
    );
  });

  describe("audio-only reason: the group's platform failing for everyone (GN503)", () => {
    // The guide counts a reason for the whole group when the paragraph states it ("the video platform was down, so
    // everyone joined by phone"); a sentence that only says reasons exist does not.
    table(
      reason,
      [
        'The Zoom link failed for the whole group tonight, so everyone dialed in.',
        'Doxy was down clinic-wide, so the session ran on the phone bridge.',
        'Video platform outage: all members joined by telephone.',
        'The video platform crashed at 6:05 and group finished on the conference line.',
        'The video platform was down for the whole agency, so the group met by phone.',
        'Zoom outage for the whole clinic; group moved to the conference line.',
        "The agency's telehealth system went down at 6 pm.",
      ],
      [
        "Each member's reason for audio-only is noted in their paragraph.",
        'Audio-only reasons documented for all members.',
        'Platform training for staff is set for Friday.',
      ],
    );
  });

  describe('audio-only reason: labelled lines and checkboxes (GN503)', () => {
    table(
      reason,
      [
        'Reason for audio-only: no broadband at residence.',
        'Audio-only reason: pt declined video.',
        'Why no video: camera broken.',
        'Reason video not used: patient preference.',
        '[x] Pt lacks video-capable device',
        '☒ Patient does not consent to video',
        'Audio-only rationale - rural, no reliable internet.',
        'Phone only d/t no data.',
        'Audio 2/2 pt preference.',
        'VA Video Connect would not launch on his tablet.',
        'School laptop blocks video apps.',
      ],
      [
        'Reason for audio-only: ____',
        'Reason for audio-only: not documented',
        '[ ] Pt lacks video-capable device',
        '[ ] Patient does not consent to video',
      ],
    );
  });

  describe('location: home and family (GN505)', () => {
    table(
      located,
      [
        'Joined from home, alone in the bedroom.',
        'At her grandmother’s house in Lubbock.',
        'At her cousin’s for the week.',
        'Called from inside her closet, the only quiet spot in the house.',
        'Joined from the family room at her dad’s.',
        'In the backyard on a lawn chair.',
        'At the kitchen table at home.',
        'Pt at sister’s place in Yonkers.',
        "Located at her boyfriend's apartment for the session.",
        'Home, bedroom, door closed.',
        'S: Pt states he is home alone.',
        'Teen joined from his bedroom; mom in the next room.',
        'Participated from her aunt’s house in Gary, IN.',
        'Pt reports she is at her mother’s in Toledo.',
        'Dialed in from his brother’s garage.',
        'On the porch of the farmhouse.',
        'Joined from a friend’s couch in Reno.',
        'Calling from the porch so the kids wouldn’t hear.',
        'Joined from the lobby of her apartment building.',
        'From his place out past Millersburg.',
      ],
      [
        'Talked about staying at his brother’s over Thanksgiving.',
        'Lives with her aunt in Gary.',
        'Described feeling trapped at home.',
        'Plans to join from her cousin’s next week.',
        'Grew up in Lubbock.',
        'Her husband was at work during group.',
      ],
    );
  });

  describe('location: a vehicle or on the move (GN505)', () => {
    table(
      located,
      [
        'Pt in her parked car outside the pharmacy.',
        'Sat in his truck in the Walmart lot for the session.',
        'Patient was in her car in the driveway.',
        'Spoke from the parking garage at the hospital.',
        'Today from the RV at the campground.',
        'Sitting in the bleachers at his son’s practice.',
      ],
      [
        'Drives past the old office on the way to work.',
        'Used to sleep in his truck in the Walmart lot.',
        'Had a fight with her mom in the car on Saturday.',
      ],
    );
  });

  describe('location: work, school and public places (GN505)', () => {
    table(
      located,
      [
        'Called in from the break room at the distribution center.',
        'From the school nurse’s office with the door closed.',
        'Using a study room at the public library.',
        'On the phone from the laundromat on Fifth.',
        'Sitting in the stairwell of her building for privacy.',
        'Pt joined on video from his dorm room.',
        'He was at his job site, in the cab of the excavator.',
        'Spoke from her desk at work during lunch.',
        'Was in the waiting area at the tire shop.',
        'Joined from a hotel in Denver while traveling for work.',
        'Seated in the telehealth room at the campus counseling center.',
        'In the guidance office at school.',
        'Calling from work, in the supply closet.',
        'On lunch at the plant, in the locker room.',
        'Video from a booth at the county library.',
        'In a quiet corner of the coffee shop with earbuds.',
      ],
      [
        'Went to the library yesterday to apply for jobs.',
        'Was at work when the craving hit.',
        'Her daughter called from college.',
      ],
    );
  });

  describe('location: shelters, care settings and towns (GN505)', () => {
    table(
      located,
      [
        'Was at the women’s shelter, using the office phone.',
        'Phoned in from his dialysis chair at the Riverside unit.',
        'In her hospital room on 4 West.',
        'Logged in from Hazard, KY.',
        'Checked in from the VA domiciliary.',
        'Currently staying at a motel off I-40 and joined from the room.',
        'From the common room at the sober living house.',
        'Connected from the infusion center during chemo.',
        'Vet called from his cabin outside Kalispell.',
        'At the hospice where her husband is, in the family lounge.',
        'Pt joined from the nursing home, room 12.',
        'At the youth shelter on 9th.',
        'From the group home’s office.',
      ],
      [
        'Her son is in the hospital in Dayton.',
        'Wants to move out of the shelter by spring.',
        'Was in the hospital last month for pneumonia.',
        'Dreams of a cabin in Montana.',
      ],
    );
  });

  describe('location: labelled lines and checkboxes (GN505)', () => {
    table(
      located,
      [
        'Location: residence (self-reported).',
        'Pt location - home, Albany NY.',
        "Patient's location at time of service: vehicle, parked.",
        'Where: grandma’s kitchen table.',
        'Originating site: patient home.',
        'Physical location: apartment, Tacoma WA.',
        'At home (Elm St. address on file).',
      ],
      [
        "Each member's location is noted in their paragraph.",
        'Location confirmed.',
        'Location: see header.',
        'Location: ______',
        '[ ] Home  [ ] Work  [ ] Other',
        'Facilitator joined from the clinic office.',
        'Group members joined from home or work.',
        'The group discussed safe places at home.',
      ],
    );
  });

  describe('a second bank: SOAP/DAP/BIRP lines, caregivers, veterans, grief (GN503)', () => {
    table(
      reason,
      [
        'S: States her cell is prepaid and video burns through her minutes.',
        'O: Audio only. Pt reports the camera on her laptop has a black screen since an update.',
        'B: Joined by telephone; her Wi-Fi router died over the weekend.',
        "D: Phone session; he has no computer and his phone is a hand-me-down that can't run Zoom.",
        'Audio-only: pt at work, cannot be on camera at her station.',
        'Pt prefers telephone sessions (anxiety about being seen).',
        "Mom reports the family's only tablet is with the older sister at college.",
        "Teen's phone was confiscated by school for the week; joined on grandma's landline.",
        'Dad says their internet was cut off until payday.',
        'Vet has macular degeneration and uses the phone for group.',
        'Hard of hearing; the video lag makes it impossible for him to follow lips, so he uses his amplified phone.',
        "Since her husband's death she has not wanted anyone to see her face, so she phones in.",
        'Unable to join video — app would not install (storage full).',
        'Limited digital literacy; has never used a video platform.',
        'Pt on 3rd shift, sleeping roommate in the room; kept to audio to stay quiet and unseen.',
        'Was on the bus home the whole hour.',
        'Client elected phone over video again.',
        'Did not feel up to being on camera.',
        'Her phone screen is too small for her to see anyone.',
        'Bandwidth issues on her end.',
        'Pt lives in a dead zone in the hills.',
        'Audio per pt—wants privacy from her teenage sons.',
        'Patient declined video d/t body image concerns.',
        'Camera broken; new phone on order.',
        'Cell service only works on the porch, and not well enough for video.',
      ],
      [
        'Pt reports she finally got a new laptop and the camera works great.',
        'Declined to share today.',
        'Her mom prefers to talk on the phone.',
        'Reviewed the telehealth consent form.',
        "Pt's son has poor internet at his dorm.",
        'Used to have no internet when she lived in the country.',
        'Discussed whether to switch the group to video next month.',
        'Pt is embarrassed about her weight gain.',
      ],
    );
  });

  describe('a second bank: SOAP/DAP/BIRP lines, caregivers, veterans, grief (GN505)', () => {
    table(
      located,
      [
        'S: Pt at home in Bristol, TN, alone in the living room.',
        "O: Pt seen via video from her sister's kitchen.",
        'D: Client participated from his vehicle, parked, engine off.',
        'B: Resident joined from the house office at the sober living home.',
        'Mom reports teen is in his room with headphones.',
        'Pt joined from a rest area on I-81 (parked).',
        'Patient located in her apartment in Fresno, CA.',
        'Connected from the family waiting room at the hospice.',
        'Vet at home, Billings MT.',
        'Pt at the drop-in center on Main St.',
        'Called in from the hospital where her mother is admitted, from the family lounge.',
        "Joined from grandma's in Lansing this week.",
        "Currently at a friend's house in Mesa.",
        'Pt was at her job, in her car in the employee lot.',
        'In his bunk at the shelter.',
        'Pt location: Motel 6, room 112, Bakersfield.',
        'Location (patient): Home',
        'Joined from her office at the bank with the door shut.',
        'Pt calling from the back porch.',
        "Today she was at her daughter's place in Eugene.",
        'Participated from the waiting room of the methadone clinic.',
        'He logged on from the break trailer at the job site.',
        "Pt is at her parents' house for winter break.",
        'From her bedroom at the group home.',
        'Pt called from the ER waiting room.',
      ],
      [
        'Pt talked about her home in Bristol and missing it.',
        'Her son joined from his dorm room to say hello.',
        'She was in her car when she got the news last week.',
        'Wants to get back to the gym.',
        'Location: unknown.',
        "Client's location verified.",
        "Will be at her parents' house over winter break.",
        'Recalled the night in the ER waiting room after her overdose in 2019.',
      ],
    );
  });

  describe('a third bank: loaned devices, care settings, caregivers (GN503)', () => {
    table(
      reason,
      [
        'She has a phone but no data, only wifi at the library, which was closed.',
        'Pt unhoused; charges phone at the shelter and has no video capability.',
        "His employer's network blocks Zoom, and he was on shift.",
        'Audio-only because her camera light makes her panic.',
        'No video — kids asleep in the same room.',
        "Camera declined; pt states 'I look like hell today.'",
        'Member could not get the video link to open on her Kindle.',
        'Prefers phone because of PTSD-related hypervigilance on camera.',
        'He was at a job site with no wifi and spotty LTE.',
        'Audio-only: member is blind.',
        'Ran out of data mid-month.',
        'Home internet is down until the technician comes Thursday.',
        'Patient not comfortable with video due to trauma history.',
        'Video unavailable: patient at work with no private space.',
      ],
      [
        "Pt's grandson set up video and it worked well.",
        'Camera on; engaged throughout.',
        'Group is audio-only by design.',
        'Talked about her fear of being seen at the clinic by neighbors.',
        "Her boyfriend's phone was shut off.",
      ],
    );
  });

  describe('a third bank: loaned devices, care settings, caregivers (GN505)', () => {
    table(
      located,
      [
        'Member in his apartment, Rochester NY, per verbal report.',
        'Pt in vehicle (parked) outside daycare.',
        'Attended from bed at home due to back pain.',
        'Logged on from a conference room at her job.',
        'Joined from a rehab facility in Tampa where she is inpatient for her hip.',
        'Home: living room, partner at work.',
        'Teen in car with dad on the way to practice.',
        "Pt at grandmother's house this week (address on file).",
        'Calling from his truck at a rest stop near Flagstaff.',
        'Pt participated from the hallway outside her apartment.',
        "Joined from the hotel where she's staying for her sister's wedding.",
        'She was home, in the bathroom with the fan on for privacy.',
        "Pt at her boyfriend's in Springfield, IL.",
        'Pt was in the hospital bed on the cardiac unit.',
        'Joined while at the laundromat, ear buds in.',
        'Client stated she was located at her residence in Ocala, FL.',
      ],
      [
        'Her boyfriend joined from his truck to say goodbye.',
        'Pt drove to the clinic yesterday for labs.',
        'Described her apartment as cluttered.',
        "Pt's mother lives in Ocala.",
        "The group's location is listed in the header.",
        'Was in the hospital bed for three weeks after the accident.',
      ],
    );
  });

  describe('a fourth bank, written after the fixes: Lifeline phones, the household device (GN503)', () => {
    table(
      reason,
      [
        "Pt says her phone's camera has been fuzzy since she dropped it, so audio.",
        'No laptop at home; the library computer she uses has no webcam.',
        'Spotty Starlink out at the ranch today.',
        'Client working a double and took group from the stockroom by phone, no camera allowed on the floor.',
        'Video not possible: patient in a semi-private hospital room with a roommate.',
        'She is not ready to be seen by the group after the assault.',
        'Declines camera consistently; feels exposed.',
        'His wifi keeps cutting out, so he stays on the phone.',
        'Mother reports the home internet was disconnected when they moved.',
        'Pt has a government Lifeline phone with no video capability.',
        'Says Zoom gives him a migraine.',
        'Camera use declined due to paranoia.',
        'Grieving, did not want her face on screen today.',
        'Tech problems on her side; switched to dial-in.',
        'Her husband uses the only computer for work during the day.',
      ],
      [
        'Pt joined on video and reported no tech problems.',
        'Worked on a camera-free mindfulness exercise.',
        "She mentioned her sister's wifi is unreliable.",
        'Declined a referral to IOP.',
        'Group reviewed tips for better video calls.',
      ],
    );
  });

  describe('a fourth bank, written after the fixes: facilities, barns, campgrounds (GN505)', () => {
    table(
      located,
      [
        'Pt in her room at the residential facility.',
        'Patient on the couch in his living room.',
        "Joined from a parked car near her kids' school.",
        "Calling from her mother's assisted living apartment.",
        "Participated while at her cousin's wedding venue, in a side room.",
        'Vet on the phone from the VA parking lot.',
        'He took the call in his barn office.',
        "From the nurses' lounge on her break.",
        'Located: home (Dayton, OH).',
        'Pt joined at the public library, Room B.',
        "Teen participated from the school counselor's office.",
        'Was sitting in the stairwell at work.',
        "Currently in Puerto Rico visiting family; joined from her aunt's porch.",
        'In a tent at the campground, weak signal.',
        'Pt at home with her toddler napping.',
      ],
      [
        'Talked about the stairwell at work where she cries.',
        "Pt's wife was in the kitchen listening.",
        'Remembered the VA parking lot where he used to sleep.',
        'Location: TBD',
        'Plans to visit Puerto Rico next month.',
        "Each participant's location is documented below.",
      ],
    );
  });

  describe('a fifth bank: symptoms on camera, landlines, covered cameras (GN503)', () => {
    table(
      reason,
      [
        "Pt's laptop won't turn on since the power surge.",
        "She's between phones right now and is using a landline.",
        "Tablet screen went dark mid-week and hasn't come back.",
        'His phone is a work phone with the camera disabled by IT.',
        'Pt has a history of being filmed without consent and does not use cameras.',
        'She keeps her camera covered since the stalking began.',
        "Reports her face is swollen after dental surgery and she'd prefer not to be seen.",
        'The group chose audio-only tonight because the video link kept failing for members.',
        "Parents report the teen's phone is broken; he called from the house phone.",
        'Pt experiences dissociation on video.',
        'The camera makes him hypervigilant, so he participates by phone.',
        'Low bandwidth in the dorm.',
        'Her cell plan has no data left this month.',
        "He couldn't find a private room at the shelter for video.",
        'She was in the passenger seat on a long drive and the video kept freezing.',
        'Pt uses a screen reader and cannot use the video platform.',
        'Deaf in one ear, follows better on the phone with volume up.',
        'Member in hospice bed; too weak to hold up a tablet.',
        'Audio only: patient request (privacy).',
        "Phone session per member's preference.",
      ],
      [
        'Her phone was broken last spring; she has a new one and was on video.',
        'Pt joined by video from home.',
        'Reports she is tired of screens at work but was on camera today.',
        "Her son's laptop is broken.",
        'Discussed privacy concerns around social media.',
        'Video was choppy for the first minute, then clear.',
      ],
    );
  });

  describe('a fifth bank: hospice rooms, farms, stations (GN505)', () => {
    table(
      located,
      [
        "Pt in her hospice room at St. Luke's.",
        'Client in the family car, parked in the garage.',
        "Joined from Grandpa's farm outside Ames.",
        'Pt at his workplace, in an empty office.',
        'Teen at school, in the counseling office.',
        'At the bus station waiting for a transfer.',
        'Was in her van in the church parking lot.',
        'Pt on her lunch break in her car.',
        "Client is at her mother's house in Fresno this week.",
        'Joined via phone from the county jail visiting booth.',
      ],
      [
        "Talked about her mother's house in Fresno being sold.",
        'Her van broke down in the church parking lot last week.',
        "Pt's sister joined from her car.",
        'Hopes to be back at her own place soon.',
      ],
    );
  });

  describe('a sixth bank: reservations, halfway houses, pawned phones (GN503)', () => {
    table(
      reason,
      [
        "Pt on her tribal reservation where broadband isn't available.",
        "Client's tablet needs an update that it can't install, so no video.",
        "She's embarrassed about her apartment and won't show it on camera.",
        "Pt states 'I hate seeing myself on screen.'",
        "He was outside on a job and couldn't stop to set up video.",
        'Pt is incarcerated-adjacent: halfway house rules forbid cameras.',
        'Vet uses VA phone line only; does not have a computer.',
        "Pt's Medicaid phone has no front camera.",
        'Joined by phone since she was watching her grandkids.',
        'Pt opted out of video for religious reasons.',
        'Mom says he refuses to be on camera with his acne.',
        'Audio-only reason documented: no internet at home.',
        'Patient reports connection problems at her residence.',
        "Member's smartphone was pawned last week.",
      ],
      [
        'Pt reports no problems with her internet.',
        'Her grandkids were on video with her yesterday.',
        'He refuses to take his meds.',
        'Pt has a new tablet and used video today.',
        'Discussed camera use at the skatepark.',
      ],
    );
  });

  describe('a sixth bank: reservations, halfway houses, job trailers (GN505)', () => {
    table(
      located,
      [
        "Pt on the reservation, at her sister's.",
        'Joined from the halfway house on Elm.',
        "Patient at a friend's apartment in Queens this week.",
        'Called in from the job trailer.',
        "Pt in her son's spare bedroom in Cleveland.",
        'He was in the truck cab at the quarry.',
        "Joined from the library's quiet room.",
        'Vet in the domiciliary day room.',
        "Pt's location: parents' house, Boise ID.",
        "Participated from a women's recovery residence in Lowell.",
      ],
      [
        'Moved into the halfway house on Elm last spring.',
        "Her friend's apartment in Queens burned down.",
        "Pt's son joined from his spare bedroom.",
        'Patient location not documented.',
      ],
    );
  });
});
