import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.ts';
import { ADMIN, dms, GROUP, harness, MEMBER, THERAPIST, type Harness } from '../support/holdspace-harness.ts';

let h: Harness;
afterEach(async () => { await h?.close(); });

describe('the moderation pipeline on the embedded default', () => {
  it('GIVEN a dismissive message WHEN it is judged THEN a flag with a card waits for review and nobody is messaged', async () => {
    h = await harness();
    await h.say('u1', 'I had a rough night, the nightmares came back');
    await h.say('u2', 'just get over it, everyone has bad nights');
    const queue = await h.hs.core.review.list(GROUP, THERAPIST);
    expect(queue).toHaveLength(1);
    expect(queue[0]?.categories.map((c) => c.category)).toEqual(['dismissal']);
    expect(queue[0]?.authorId).toBe('u2');
    expect(queue[0]?.targetId).toBe('u1');
    const kinds = h.platform.delivered.map((d) => d.action.kind);
    expect(kinds).toEqual(['review_card']);
    expect(dms(h.platform)).toHaveLength(0);
  });

  it('GIVEN three confirmed offences WHEN the therapist confirms each THEN the ladder warns, checks in with both members, then restricts', async () => {
    h = await harness();
    await h.say('u1', 'today was hard');
    await h.say('u2', 'just get over it');
    const first = await h.hs.core.review.next(GROUP, THERAPIST);
    expect(first?.suggestedStep).toBe('warn');
    const r1 = await h.hs.core.review.confirm(GROUP, THERAPIST, first!.flagId);
    await h.hs.drain();
    expect(r1.step).toBe('warn');
    expect(dms(h.platform, 'u2').map((d) => d.purpose)).toEqual(['warn']);

    await h.say('u1', 'I still feel awful about it');
    await h.say('u2', 'that never happened, you are making things up');
    const second = await h.hs.core.review.next(GROUP, THERAPIST);
    expect(second?.suggestedStep).toBe('check_in');
    await h.hs.core.review.confirm(GROUP, THERAPIST, second!.flagId);
    await h.hs.drain();
    expect(dms(h.platform, 'u2').map((d) => d.purpose)).toEqual(['warn', 'check_in']);
    expect(dms(h.platform, 'u1').map((d) => d.purpose)).toEqual(['support']);

    await h.say('u1', 'ok');
    await h.say('u2', 'you made me say that, it is your own fault');
    const third = await h.hs.core.review.next(GROUP, THERAPIST);
    await h.hs.core.review.confirm(GROUP, THERAPIST, third!.flagId);
    await h.hs.drain();
    const restrict = h.platform.delivered.map((d) => d.action).find((a) => a.kind === 'restrict');
    expect(restrict).toMatchObject({ memberId: 'u2' });
    const history = await h.hs.core.review.memberHistory(GROUP, THERAPIST, 'u2');
    expect(history.liveOffences).toBe(3);
    expect(history.restrictedUntil).toBeGreaterThan(h.clock.now());

    // The restriction is lifted when its time comes.
    expect(h.platform.delivered.some((d) => d.action.kind === 'unrestrict')).toBe(false);
    h.clock.advance(25 * 3600_000);
    await h.hs.queueDueActions();
    await h.hs.drain();
    expect(h.platform.delivered.some((d) => d.action.kind === 'unrestrict')).toBe(true);
  });

  it('GIVEN offences older than the decay window WHEN a new one is confirmed THEN the ladder starts again at warn', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    await h.hs.core.review.confirm(GROUP, THERAPIST, (await h.hs.core.review.next(GROUP, THERAPIST))!.flagId);
    h.clock.advance(31 * 86_400_000);
    await h.say('u1', 'hi again');
    await h.say('u2', 'stop whining');
    expect((await h.hs.core.review.next(GROUP, THERAPIST))?.suggestedStep).toBe('warn');
  });

  it('GIVEN a therapist override WHEN confirming with step none THEN no member is messaged', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    const flag = (await h.hs.core.review.list(GROUP, THERAPIST))[0]!;
    const r = await h.hs.core.review.confirm(GROUP, THERAPIST, flag.flagId, 'none');
    await h.hs.drain();
    expect(r.step).toBeNull();
    expect(dms(h.platform)).toHaveLength(0);
  });

  it('GIVEN a decided flag WHEN another therapist decides it too THEN they get a conflict and the member gets one message', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    const flag = (await h.hs.core.review.list(GROUP, THERAPIST))[0]!;
    await h.hs.core.review.confirm(GROUP, THERAPIST, flag.flagId);
    await expect(h.hs.core.review.confirm(GROUP, { id: 'doc2', roles: ['r-therapist'] }, flag.flagId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await h.hs.drain();
    expect(dms(h.platform, 'u2')).toHaveLength(1);
  });

  it('GIVEN a member without the therapist role WHEN they try to triage or configure THEN they are refused politely and it is audited', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    await expect(h.hs.core.review.list(GROUP, MEMBER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.hs.core.config.set(GROUP, THERAPIST, 'thresholds.dismissal', '0.9')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const refusals = h.hs.internals.audit.list(GROUP).filter((e) => e.action === 'permission.refused');
    expect(refusals.map((r) => r.actorId).sort()).toEqual(['doc', 'u9']);
  });

  it('GIVEN a dismissal WHEN a therapist dismisses it THEN its text is gone at once and the reason is kept encrypted', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    const flag = (await h.hs.core.review.list(GROUP, THERAPIST))[0]!;
    await expect(h.hs.core.review.dismiss(GROUP, THERAPIST, flag.flagId, '  ')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await h.hs.core.review.dismiss(GROUP, THERAPIST, flag.flagId, 'banter between friends');
    expect(h.hs.internals.flags.evidence(Number(flag.flagId))).toBeNull();
    const shown = await h.hs.core.review.show(GROUP, THERAPIST, flag.flagId);
    expect(shown.status).toBe('dismissed');
    expect(shown.decisions.at(-1)).toMatchObject({ decision: 'dismiss', reason: 'banter between friends' });
  });

  it('GIVEN an admin-enabled automatic warn WHEN a flag is raised THEN the warning goes out before review and the flag still waits for a therapist', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'ladder.automatic', 'warn');
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    expect(dms(h.platform, 'u2').map((d) => d.purpose)).toEqual(['warn']);
    expect((await h.hs.core.review.list(GROUP, THERAPIST))[0]?.outcome).toMatch(/automatic warn/);
  });

  it('GIVEN a crisis message WHEN judged THEN the on-call alert goes out at once and it heads the review queue', async () => {
    h = await harness();
    await h.say('u1', 'just get over it');
    await h.say('u3', 'I have the pills in front of me and I want to end it tonight');
    const queue = await h.hs.core.review.list(GROUP, THERAPIST);
    expect(queue[0]?.crisis).toBe(true);
    expect(h.platform.delivered.map((d) => d.action.kind)).toContain('crisis_alert');
    expect(dms(h.platform)).toHaveLength(0);
  });

  it('GIVEN crisis resources enabled WHEN a crisis is judged THEN the member gets them without waiting for review', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'crisis.autoSendResources', 'true');
    await h.say('u3', 'I have the pills in front of me');
    expect(dms(h.platform, 'u3').map((d) => d.purpose)).toEqual(['crisis_resources']);
  });

  it('GIVEN PHI hiding enabled WHEN a phone number is posted THEN the message is hidden and the member told why, redacted', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'phi.hideDisclosures', 'true');
    await h.say('u4', 'text me any time on 415-555-0137');
    expect(h.platform.delivered.some((d) => d.action.kind === 'hide_message')).toBe(true);
    const dm = dms(h.platform, 'u4')[0];
    expect(dm?.purpose).toBe('phi_hidden');
    expect(dm?.text).toContain('[PHONE]');
    expect(dm?.text).not.toContain('415-555-0137');
  });

  it('GIVEN unflagged messages WHEN they leave the context window THEN their text is deleted', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'context.messages', '3');
    for (let i = 0; i < 6; i++) await h.say('u1', `an ordinary message number ${i}`);
    const held = () => (h.hs.db.$client.prepare('select count(*) n from messages').get() as { n: number }).n;
    expect(held()).toBe(3);
    h.clock.advance(31 * 60_000);
    h.hs.sweep();
    expect(held()).toBe(0);
  });

  it('GIVEN an edited message WHEN the edit is abusive THEN it is judged again and flagged', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'that is fine', { messageId: 'edit-me' });
    expect(await h.hs.core.review.list(GROUP, THERAPIST)).toHaveLength(0);
    await h.say('u2', 'just get over it', { messageId: 'edit-me', editedAt: h.clock.now() });
    expect(await h.hs.core.review.list(GROUP, THERAPIST)).toHaveLength(1);
  });

  it('GIVEN a re-delivered event WHEN it arrives twice THEN it is processed once', async () => {
    h = await harness();
    const m = { platform: 'local' as const, groupId: GROUP, channelId: 'c', messageId: 'x1', authorId: 'u2', text: 'just get over it', sentAt: h.clock.now(), eventId: 'ev1' };
    expect((await h.hs.core.ingest(m)).status).toBe('queued');
    expect((await h.hs.core.ingest({ ...m })).status).toBe('duplicate');
    expect((await h.hs.core.ingest({ ...m, eventId: 'ev2' })).status).toBe('duplicate');
    await h.hs.drain();
    expect(await h.hs.core.review.list(GROUP, THERAPIST)).toHaveLength(1);
  });

  it('GIVEN repeated sub-threshold signals toward one member WHEN they pass the count THEN one pattern flag is raised without any text', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'thresholds.dismissal', '0.95');
    for (let i = 0; i < 4; i++) {
      await h.say('u1', `sharing something ${i}`);
      await h.say('u2', 'just get over it');
    }
    const queue = await h.hs.core.review.list(GROUP, THERAPIST);
    expect(queue).toHaveLength(1);
    const detail = await h.hs.core.review.show(GROUP, THERAPIST, queue[0]!.flagId);
    expect(detail.categories[0]?.cues).toEqual(['pattern']);
    expect(detail.redactedExcerpt).not.toContain('get over it');
    expect(detail.targetId).toBe('u1');
  });

  it('GIVEN a threshold preview WHEN an admin asks THEN it counts stored scores at both thresholds', async () => {
    h = await harness();
    await h.say('u1', 'hello');
    await h.say('u2', 'just get over it');
    const p = await h.hs.core.config.previewThreshold(GROUP, ADMIN, 'dismissal', 0.9);
    expect(p).toMatchObject({ scored: 2, wouldFlagAtCurrent: 1, wouldFlagAtProposed: 0, days: 30 });
  });

  it('GIVEN every setting change WHEN made THEN it is validated and audited with old and new values', async () => {
    h = await harness();
    await expect(h.hs.core.config.set(GROUP, ADMIN, 'thresholds.dismissal', '1.5')).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    await expect(h.hs.core.config.set(GROUP, ADMIN, 'nonsense.path', '1')).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    await h.hs.core.config.set(GROUP, ADMIN, 'thresholds.dismissal', '0.7');
    const entry = h.hs.internals.audit.list(GROUP).find((e) => e.action === 'config.set' && e.subject === 'thresholds.dismissal');
    expect(entry).toMatchObject({ actorId: 'boss', detail: { from: 0.5, to: 0.7 } });
    expect((await h.hs.core.config.get(GROUP, ADMIN)).thresholds.dismissal).toBe(0.7);
  });

  it('GIVEN an open flag WHEN a therapist opens its evidence THEN the opening is audited', async () => {
    h = await harness();
    await h.say('u1', 'hi');
    await h.say('u2', 'just get over it');
    const flag = (await h.hs.core.review.list(GROUP, THERAPIST))[0]!;
    const detail = await h.hs.core.review.show(GROUP, THERAPIST, flag.flagId);
    expect(detail.context.map((c) => c.authorId)).toEqual(['u1']);
    expect(h.hs.internals.audit.list(GROUP).some((e) => e.action === 'evidence.open' && e.subject === flag.flagId && e.actorId === 'doc')).toBe(true);
  });
});

describe('actions that depend on each other', () => {
  it('GIVEN PHI hiding enabled WHEN the platform cannot delete the message THEN the member is not told it was removed, and the review channel hears why', async () => {
    h = await harness();
    await h.hs.core.config.set(GROUP, ADMIN, 'phi.hideDisclosures', 'true');
    const perform = h.platform.perform.bind(h.platform);
    h.platform.perform = async (action) => {
      if (action.kind === 'hide_message') throw new PlatformError('missing permission to delete messages', false);
      return perform(action);
    };
    await h.say('u4', 'text me any time on 415-555-0137');
    expect(dms(h.platform, 'u4')).toHaveLength(0);
    const notice = h.platform.delivered.map((d) => d.action).find((a) => a.kind === 'review_notice');
    expect(notice && notice.kind === 'review_notice' ? notice.text : '').toMatch(/could not hide message.*missing permission/);
  });
});
