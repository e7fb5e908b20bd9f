import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, PEER, slackWorld, STRANGER, THERAPIST, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

const text = (r: { reply?: { params: Record<string, unknown> } | undefined }) => String(r.reply?.params.text ?? '');

describe('Slack e2e: slash commands, answered ephemerally', () => {
  it('GIVEN open flags WHEN a therapist runs /review list, next and show THEN each answer is ephemeral and carries the flag', async () => {
    w = await slackWorld();
    await w.say(PEER, 'rough day');
    await w.say(MEMBER, 'get over it');
    await w.say(MEMBER, 'it is your own fault');

    const list = await w.command(THERAPIST, '/review', 'list');
    expect(list.status).toBe(200);
    expect(list.reply?.params.response_type).toBe('ephemeral');
    expect(text(list)).toMatch(/2 open flags/);
    expect(text(await w.command(THERAPIST, '/review', 'list dismissal'))).toMatch(/1 open flag\b/);
    expect(text(await w.command(THERAPIST, '/review', 'list nonsense'))).toMatch(/Unknown category/);

    const next = await w.command(THERAPIST, '/review', 'next');
    expect(text(next)).toMatch(/^Flag #\d+ is yours now\.$/);
    const blocks = JSON.stringify(next.reply?.params.blocks);
    expect(blocks).toContain('Before it');
    expect(blocks).toContain('Suggested step:* warn');
    const id = /#(\d+)/.exec(text(next))![1]!;

    const show = await w.command(THERAPIST, '/review', `show #${id}`);
    expect(text(show)).toBe(`Flag #${id}`);
    expect(text(await w.command(THERAPIST, '/review', 'show 99999'))).toMatch(/There is no flag #99999/);
    expect(text(await w.command(THERAPIST, '/review', ''))).toMatch(/^Usage: `\/review next`/);
  });

  it('GIVEN a member without the therapist group WHEN they run /review or /member THEN they get the polite refusal', async () => {
    w = await slackWorld();
    expect(text(await w.command(STRANGER, '/review', 'list'))).toMatch(/^Sorry, only the group's therapists can review flags/);
    expect(text(await w.command(STRANGER, '/member', `<@${MEMBER}>`))).toMatch(/^Sorry, only the group's therapists/);
  });

  it('GIVEN the admin model WHEN a workspace admin and a therapist use /holdspace THEN only the admin may read and change settings', async () => {
    w = await slackWorld();
    const get = await w.command(ADMIN, '/holdspace', 'config get');
    expect(text(get)).toContain('"reviewChannelId": "C0REVIEW"');
    expect(text(get)).toContain('"therapistRoles": [\n    "S0THER"\n  ]');
    expect(text(await w.command(THERAPIST, '/holdspace', 'config set thresholds.dismissal 0.3'))).toMatch(/^Sorry, only the group's Holdspace admins/);
    expect(text(await w.command(ADMIN, '/holdspace', 'config set thresholds.dismissal 3'))).toMatch(/does not fit/);
    expect(text(await w.command(ADMIN, '/holdspace', 'config set nosuch.thing 1'))).toMatch(/There is no setting called/);
    expect(text(await w.command(ADMIN, '/holdspace', 'config set crisis.resources Call 988 or <https://findahelpline.com|find a helpline> &amp; stay safe'))).toBe('Set `crisis.resources`.');
    expect(text(await w.command(ADMIN, '/holdspace', 'config get'))).toContain('Call 988 or find a helpline (https://findahelpline.com) & stay safe');
    expect(text(await w.command(ADMIN, '/holdspace', 'frobnicate'))).toMatch(/^Usage/);
  });

  it('GIVEN scored messages WHEN an admin previews a threshold THEN the counts at both values are shown and nothing changes', async () => {
    w = await slackWorld();
    await w.say(PEER, 'hello');
    await w.say(MEMBER, 'get over it');
    const r = await w.command(ADMIN, '/holdspace', 'threshold preview dismissal 0.95');
    expect(text(r)).toMatch(/dismissal\* threshold preview over the last 30 days \(2 messages scored/);
    expect(text(r)).toMatch(/at the current 0\.50: 1 flagged/);
    expect(text(r)).toMatch(/at 0\.95: 0 flagged/);
    expect(text(await w.command(ADMIN, '/holdspace', 'threshold preview dismissal lots'))).toMatch(/number from 0 to 1/);
    expect(text(await w.command(THERAPIST, '/holdspace', 'threshold preview dismissal 0.4'))).toMatch(/^Sorry, only the group's Holdspace admins/);
  });

  it('GIVEN any member WHEN they run /privacy THEN they see what is monitored and kept, without any permission', async () => {
    w = await slackWorld();
    const r = await w.command(STRANGER, '/privacy', '');
    expect(r.reply?.params.response_type).toBe('ephemeral');
    expect(text(r).length).toBeGreaterThan(100);
    expect(text(r)).toMatch(/30 days/);
  });
});
