import type { Actor, CoreApi, IngestResult } from '../../../src/core/api.ts';
import { defaultSettings } from '../../../src/config/settings.ts';
import { HoldspaceError } from '../../../src/core/errors.ts';
import type { IncomingMessage, PlatformName } from '../../../src/core/message.ts';

export type RecordedCall =
  | { method: 'ensureGroup'; platform: PlatformName; groupId: string }
  | { method: 'ingest'; message: IncomingMessage }
  | { method: 'memberLeft'; platform: PlatformName; groupId: string; memberId: string }
  | { method: 'messageDeleted'; platform: PlatformName; groupId: string; messageId: string }
  | { method: string; groupId: string; actor: Actor; args: unknown[] };

/**
 * An in-memory CoreApi that records what the adapter asked for, to test the translation alone (what a
 * gateway event or an interaction becomes) without the pipeline. Permission: actors holding `therapistRole`
 * triage, `platform:admin` configures; everyone else gets the core's FORBIDDEN.
 */
export class RecordingCore implements CoreApi {
  readonly calls: RecordedCall[] = [];
  therapistRole = 'r-therapist';
  /** A method name that throws an unexpected (non-Holdspace) error, to test the adapter's triage. */
  explode: string | null = null;

  async ensureGroup(platform: PlatformName, groupId: string) { this.calls.push({ method: 'ensureGroup', platform, groupId }); }
  async ingest(message: IncomingMessage): Promise<IngestResult> { this.calls.push({ method: 'ingest', message }); return { status: 'queued' }; }
  async memberLeft(platform: PlatformName, groupId: string, memberId: string) { this.calls.push({ method: 'memberLeft', platform, groupId, memberId }); }
  async messageDeleted(platform: PlatformName, groupId: string, messageId: string) { this.calls.push({ method: 'messageDeleted', platform, groupId, messageId }); }

  async authorize(groupId: string, actor: Actor, need: 'therapist' | 'admin', what: string): Promise<void> {
    this.calls.push({ method: 'authorize', groupId, actor, args: [need, what] });
    const ok = need === 'admin' ? actor.roles.includes('platform:admin') : actor.roles.includes(this.therapistRole);
    if (!ok) throw new HoldspaceError('FORBIDDEN', `${actor.id} lacks ${need}`, { userMessage: `Sorry, you need the ${need} role for that.` });
  }

  review: CoreApi['review'] = {
    list: async (g, a, f) => { await this.#call('review.list', g, a, 'therapist', [f]); return []; },
    next: async (g, a) => { await this.#call('review.next', g, a, 'therapist', []); return null; },
    show: async (g, a, id) => { await this.#call('review.show', g, a, 'therapist', [id]); throw new HoldspaceError('NOT_FOUND', 'no flag', { userMessage: `There is no flag #${id}.` }); },
    claim: async (g, a, id) => { await this.#call('review.claim', g, a, 'therapist', [id]); throw new HoldspaceError('NOT_FOUND', 'no flag'); },
    confirm: async (g, a, id, step) => { await this.#call('review.confirm', g, a, 'therapist', [id, step]); throw new HoldspaceError('NOT_FOUND', 'no flag', { userMessage: `There is no flag #${id}.` }); },
    dismiss: async (g, a, id, reason) => { await this.#call('review.dismiss', g, a, 'therapist', [id, reason]); throw new HoldspaceError('NOT_FOUND', 'no flag', { userMessage: `There is no flag #${id}.` }); },
    note: async (g, a, id, text) => { await this.#call('review.note', g, a, 'therapist', [id, text]); },
    memberHistory: async (g, a, m) => { await this.#call('member.history', g, a, 'therapist', [m]); return { memberId: m, liveOffences: 0, offences: [], restrictedUntil: null }; },
  };

  config: CoreApi['config'] = {
    get: async (g, a) => { await this.#call('config.get', g, a, 'admin', []); return defaultSettings(); },
    set: async (g, a, path, value) => { await this.#call('config.set', g, a, 'admin', [path, value]); return defaultSettings(); },
    previewThreshold: async (g, a, category, value) => {
      await this.#call('threshold.preview', g, a, 'admin', [category, value]);
      return { category, current: 0.5, proposed: value, days: 30, scored: 0, wouldFlagAtCurrent: 0, wouldFlagAtProposed: 0 };
    },
  };

  async privacyNotice(groupId: string): Promise<string> {
    this.calls.push({ method: 'privacyNotice', groupId, actor: { id: '', roles: [] }, args: [] });
    return 'Holdspace reads messages in this server to flag harm for therapists.';
  }

  of(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async #call(method: string, groupId: string, actor: Actor, need: 'therapist' | 'admin', args: unknown[]): Promise<void> {
    this.calls.push({ method, groupId, actor, args });
    if (this.explode === method) throw new Error('database is locked');
    await this.authorize(groupId, actor, need, method);
  }
}
