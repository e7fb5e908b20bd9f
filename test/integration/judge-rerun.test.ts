import { afterEach, describe, expect, it } from 'vitest';
import { LocalPlatform } from '../../adapters/local/index.ts';
import { ADMIN, GROUP, harness, THERAPIST, type Harness } from '../support/holdspace-harness.ts';

let h: Harness;
afterEach(async () => { await h?.close(); });

describe('a judgement run again (a re-delivered job)', () => {
  it('GIVEN a pattern flag whose card was never sent WHEN the job that raised it runs again THEN the card is requested once more, and nothing is duplicated', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'thresholds.dismissal', '0.95');
    for (let i = 0; i < 4; i++) {
      await h.say('u1', `sharing something ${i}`);
      await h.say('u2', 'just get over it');
    }
    const db = h.hs.db.$client;
    const flag = db.prepare("select id, message_id m, message_version v from flags where kind = 'pattern'").get() as { id: number; m: number; v: number };
    // As if the worker died between the flag and its card: no card recorded, none delivered.
    db.prepare('delete from actions where flag_id = ?').run(flag.id);
    const platform = new LocalPlatform();
    h.hs.registerPlatform(platform);

    await h.hs.internals.judge.judge(flag.m, flag.v);
    await h.hs.drain();

    expect(db.prepare("select count(*) n from flags where kind = 'pattern'").get()).toEqual({ n: 1 });
    expect(platform.delivered.map((d) => d.action.kind)).toEqual(['review_card']);
    expect(await h.hs.core.review.list(GROUP, THERAPIST)).toHaveLength(1);
  });

  it('GIVEN a flagged message WHEN its job runs again THEN no second flag, card or score appears', async () => {
    h = await harness();
    await h.say('u1', 'I had a rough day');
    await h.say('u2', 'just get over it');
    const db = h.hs.db.$client;
    const flag = db.prepare("select message_id m, message_version v from flags where kind = 'message'").get() as { m: number; v: number };
    const delivered = h.platform.delivered.length;
    await h.hs.internals.judge.judge(flag.m, flag.v);
    await h.hs.drain();
    expect(db.prepare('select count(*) n from flags').get()).toEqual({ n: 1 });
    expect(db.prepare('select count(*) n from message_scores where message_id = ?').get(flag.m)).toEqual({ n: 1 });
    expect(h.platform.delivered.length).toBe(delivered);
  });
});
