import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/config/settings.ts';
import { crisisConfigSchema, crisisOfText } from '../../../../src/classify/local/detectors/crisis.ts';

// Rules alone: these cases are about the crisis detector's cues and structure, not the model's weights.
const rules = new LocalClassifier({ model: null });
const thread = (...pairs: Array<[string, string]>): ContextMessage[] => pairs.map(([authorId, text], i) => ({ id: `t${i}`, authorId, text, sentAt: i }));
const crisis = (text: string, context: ContextMessage[] = [], authorId = 'u1'): number =>
  rules.classifySync({ message: { id: 'm', authorId, text }, context }).scores.crisis;
const flags = (text: string, context?: ContextMessage[], authorId?: string) => crisis(text, context, authorId) >= DEFAULT_THRESHOLDS.crisis;

describe('crisis said indirectly (LABELING.md: intent or plan, self-harm in progress, harm to others, abuse now)', () => {
  it.each([
    // final arrangements
    ['does anyone want my guitar and amp? free to a good home, i won\'t need them after friday'],
    ['i left my laptop password for my dad so he can get the photos'],
    ['the letters are sealed and on the hall table, one for each of the boys'],
    ['this is my last message here. thank you for everything, i\'m sorry'],
    ['i won\'t be around after sunday so i wanted to say goodbye to everyone properly'],
    // burden
    ['my parents won\'t have to worry about me for much longer'],
    ['they will all be better off, i\'m just a cost to everyone'],
    // decided, calm
    ['i\'ve decided. it feels quiet in my head for once'],
    ['my mind is made up and i don\'t want anyone talking me out of it'],
    // plan and time
    ['waiting for everyone in the house to be asleep, then i\'m going to do it'],
    ['counting down. forty minutes left'],
    // means at hand
    ['i\'ve been saving my tablets since march and there are more than enough now'],
    ['the rifle is on my lap and nobody is home until monday'],
    // in progress or just done
    ['i already took half the box about an hour ago'],
    ['i started on my leg and it won\'t stop bleeding'],
    // harm to others about to happen
    ['i\'ve got the crowbar in the car and he\'s going to pay for what he did to my sister'],
    // abuse now, including to someone else in the house
    ['my stepdad is drunk and he just punched my mum, he\'s coming up the stairs now'],
    ['he won\'t let me leave the flat and he took my phone, i\'m on my old tablet'],
    // someone else's emergency now
    ['my friend messaged me \'i love you, i\'m sorry\' and now she isn\'t answering. what do i do'],
  ])('GIVEN %j WHEN judged by the rules THEN it is crisis', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    // past tense and recovery stories
    ['the day i wrote that note was four years ago. i\'m doing well now and wanted newer folks to hear it'],
    ['ten months clean today. the night i hit bottom i took too many and i never want to go back there'],
    // figurative speech, hyperbole, dark humour
    ['this group project is killing me lol'],
    ['if my landlord raises the rent again i\'m actually going to die 💀'],
    // lyrics and fiction
    ['that song lyric about saying goodbye to everyone hits so hard'],
    ['in the book the main character writes letters to her kids before the end'],
    // giving things away for ordinary reasons
    ['giving away all my textbooks since i\'m moving abroad, won\'t need them there'],
    ['decluttering this weekend, giving everything away that i haven\'t touched in a year'],
    // ordinary goodbyes
    ['this is my last message in the server for a while, taking a break to focus on my exams. see you all next month'],
    ['last session of the programme today, going to miss this group so much'],
    // intrusive thoughts the writer is safe with
    ['had a flash of a thought about the bridge on my commute. i\'m safe, no plan, just telling someone'],
    // worried friend who says the person is safe
    ['my friend has been really low but she is safe, her mum is with her tonight'],
    // a helper's reply and a helper's question
    ['are you thinking about taking them all? please put them in another room and call a crisis line'],
    ['when you say you\'ve decided, do you mean ending your life?'],
  ])('GIVEN the look-alike %j WHEN judged by the rules THEN it is not crisis', (text) => {
    expect(flags(text)).toBe(false);
  });
});

describe('everyday words the indirect families share', () => {
  it.each([
    'the appeal took 11 months but they finally paid out',
    'it only took two weeks for the new meds to kick in',
    'took some time to find a therapist who gets it',
    'the nurse came too late to see him before the shift change',
    'found the place for the meetup, it is the library on the corner',
  ])('GIVEN "%s" (a time it took, lateness, a place found) WHEN judged THEN it is not crisis', (text) => {
    expect(flags(text)).toBe(false);
  });

  it.each([
    'i took 30 of them an hour ago',
    'took two more of the sleeping pills just now',
    "it's too late now, i already swallowed them",
  ])('GIVEN a dose taken or a point of no return said of it ("%s") WHEN judged THEN it is crisis', (text) => {
    expect(flags(text)).toBe(true);
  });
});

describe('crisis follow-ups in the same thread', () => {
  const live = thread(
    ['u1', 'i have the pills counted out on the desk in front of me and tonight is the night'],
    ['u2', 'u1 i\'m here. is anyone with you?'],
  );

  it('GIVEN the writer\'s own crisis just before WHEN they add a detail that names nothing THEN it is crisis', () => {
    expect(flags('the kettle just boiled. one more cup', live, 'u1')).toBe(true);
  });

  it('GIVEN someone else\'s crisis WHEN a different member writes the same words THEN it is not crisis', () => {
    expect(flags('the kettle just boiled. one more cup', live, 'u3')).toBe(false);
  });

  it('GIVEN the writer said things are safer WHEN they write again THEN the crisis is over', () => {
    const safer = [...live, ...thread(['u1', 'ok. i put them in the outside bin. my brother is coming over'])];
    expect(flags('thank you all for staying with me', safer, 'u1')).toBe(false);
    expect(flags('the kettle just boiled', safer, 'u1')).toBe(false);
  });

  it('GIVEN a plan not acted on WHEN the writer says they are calling for help THEN that is not crisis', () => {
    expect(flags('calling my sister now', live, 'u1')).toBe(false);
  });

  it('GIVEN an overdose already taken WHEN the writer says they are calling for help THEN it is still crisis', () => {
    const taken = thread(['u1', 'i already took the rest of the bottle twenty minutes ago']);
    expect(flags('calling my sister now', taken, 'u1')).toBe(true);
  });

  it('GIVEN abuse happening now WHEN the writer says help is on its way THEN it is still crisis, and when help is there it is over', () => {
    const abuse = thread(['u1', 'he\'s kicking the bedroom door and saying he\'ll hurt me when he gets in']);
    expect(flags('called the police, they\'re on their way. the hinge is coming loose', abuse, 'u1')).toBe(true);
    const arrived = [...abuse, ...thread(['u1', 'police are here and they took him outside'])];
    expect(flags('my hands won\'t stop shaking', arrived, 'u1')).toBe(false);
  });

  it('GIVEN a reported emergency WHEN the reporter writes again THEN the follow-up is crisis', () => {
    const reported = thread(['u1', 'my brother just texted me goodbye and now he isn\'t picking up, he lives alone']);
    expect(flags('still nothing and it\'s been ten minutes', reported, 'u1')).toBe(true);
  });

  it('GIVEN a figurative first message WHEN the writer goes on THEN nothing is flagged', () => {
    const joke = thread(['u1', 'this exam is killing me haha']);
    expect(flags('anyway back to revision', joke, 'u1')).toBe(false);
  });
});

describe('crisis rules stay fast', () => {
  it('GIVEN 100 kB of cue fragments without a match WHEN judged THEN it takes under 100 ms', () => {
    const text = ('tonight when everyone is asleep i have counted the blade notes letters goodbye ').repeat(1300);
    // The classifier reads only the first ANALYSIS_CHARS, so the detector's own function is timed on the whole text.
    const config = crisisConfigSchema.parse({});
    const t0 = performance.now();
    crisisOfText(text, config);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});

describe('safety words inside a crisis are no safety news (1a)', () => {
  it.each([
    "she's got the blade and she's coming back upstairs",
    "he's holding my keys and he won't let me out of the flat",
    "i'm okay. it's already done, i took the whole strip an hour ago",
    'i promised myself this is my last message here, goodbye',
  ])('GIVEN %j WHEN judged by the rules THEN it is crisis', (text) => {
    expect(flags(text)).toBe(true);
  });

  const live = thread(['u1', 'i have the tablets lined up on the desk in front of me and tonight is the night']);
  it.each([
    'the car keys are in the glovebox and nobody knows where i am',
    'the cord is in the trunk already',
    'my flatmate has the pills in her room but i kept some back',
  ])('GIVEN a live crisis WHEN the writer says %j THEN the crisis goes on (no safety news)', (text) => {
    expect(flags(text, live, 'u1')).toBe(true);
  });

  it('GIVEN a live crisis WHEN the writer disposed of the means THEN the crisis is over', () => {
    const safer = [...live, ...thread(['u1', 'i tipped them down the sink and my aunt is coming over'])];
    expect(flags('the kettle just boiled', safer, 'u1')).toBe(false);
  });
});

describe('discounts never cut intent said outright (1g, 1h)', () => {
  it.each([
    "i'm going to end my life tonight. last post from me, logging off",
    'i want to die. that song is on repeat in my head',
    "hit rock bottom this week. i've got the tablets lined up on the bed in front of me",
    'gonna take them all tonight 😩',
    'i am suicidal and nobody notices 🙃',
  ])('GIVEN %j WHEN judged by the rules THEN it is crisis', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    'the final chapter has her writing goodbye letters to everyone she loves',
    'if i don\'t get a coffee soon i\'m literally going to die 😩',
    'moving to leeds next week so i\'m giving away all my plants, won\'t need them there',
  ])('GIVEN the look-alike %j WHEN judged by the rules THEN it is not crisis', (text) => {
    expect(flags(text)).toBe(false);
  });
});

describe('everyday chat the strong cues used to catch (1f)', () => {
  it.each([
    'took three buses to get to the clinic',
    'had a few with my cousins after the match',
    'did four more lengths before the pool closed',
    'want to do it again next summer, best trip ever',
    "i'm so tired i can't keep my eyes open in this seminar",
    'omg i think this is it!',
    'that film was deep',
    'need more blood work done on friday',
    "it's too late to join the course this term",
    'gonna jump on a quick call, brb',
    'thanks for the handout, i\'ll use it next week',
    "she's going to pay for the pizza",
    'just kicking it at the park with my mates',
    'the dog is asleep on the stairs',
    'got locked out of my email again',
    'my nephew took my phone and hid it',
    "he'll deal with my form tomorrow",
    'all sorted for the move!',
    'we chose the date for the christening',
    "i'm not scared anymore of presenting in class",
    'my antidepressants make me feel a bit dizzy',
    'my inhaler is in my bag',
    'i keep my tablets in my bag in case',
    'feeling sick tonight, probably something i ate',
    'everything is ready for the bbq tonight',
    'i texted my sister sorry after we argued and she isn\'t replying',
  ])('GIVEN %j WHEN judged by the rules THEN it is not crisis', (text) => {
    expect(flags(text)).toBe(false);
  });

  it.each([
    'i took 12 of my sleeping tablets twenty minutes ago',
    "he's going to pay for hurting my little brother, i've got the bat",
    'he took my phone and locked me out on the balcony',
    'my best friend texted me goodbye and love you and now she isn\'t answering',
    "i'm going to jump when the train comes",
  ])('GIVEN %j WHEN judged by the rules THEN it is still crisis', (text) => {
    expect(flags(text)).toBe(true);
  });
});

describe('phrases from one scene generalised or dropped (§4)', () => {
  it.each([
    "i won't need my car after wednesday, you can have it",
    "i've got everything i need and i'll go through with it before dawn",
  ])('GIVEN %j WHEN judged by the rules THEN it is crisis', (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    'seven years sober since the night i tried to overdose',
    'twelve months clean today, the night i took too many feels far away',
    'school is over for the summer, i won\'t be around after friday, see you all in september',
    "we're rehearsing it for the play, the last night of being nervous",
    'a bag of crisps is on the passenger seat',
  ])('GIVEN the look-alike %j WHEN judged by the rules THEN it is not crisis', (text) => {
    expect(flags(text)).toBe(false);
  });
});
