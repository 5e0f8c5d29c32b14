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
      'Verified location at the start of the session.',
      "Facilitator verified each member's location and emergency contact.",
      'Location verified as home.',
      'Confirmed her location (home, Anytown NY).',
      "Physical location: her sister's house in Troy, NY.",
      'Pt at home.',
      'Is at home alone, door closed.',
      'Remained in her parked car for the whole group.',
      'Was at home for the session.',
      'Address confirmed at check-in.',
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
      "Each member's location is noted in their paragraph.",
      'Lives with her mother in an apartment downtown.',
    ];
    for (const sentence of yes)
      it(`finds: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), true));
    for (const sentence of no)
      it(`ignores: ${sentence}`, () => assert.strictEqual(statesPatientLocation(sentence), false));
  });
});
