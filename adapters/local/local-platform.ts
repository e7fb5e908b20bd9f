import type { ActionReceipt, Platform, PlatformAction } from '../../src/core/platform.ts';

export interface Delivered {
  action: PlatformAction;
  at: number;
}

/**
 * A platform on the terminal: every action the core asks for is printed as the member or therapist would
 * see it, and kept in `delivered` for tests. Idempotency keys are honoured as a real adapter must.
 */
export class LocalPlatform implements Platform {
  readonly name = 'local' as const;
  readonly delivered: Delivered[] = [];
  readonly #seen = new Map<string, ActionReceipt>();
  #cards = 0;

  constructor(private readonly out: (line: string) => void = () => {}) {}

  async perform(action: PlatformAction): Promise<ActionReceipt> {
    const earlier = this.#seen.get(action.idempotencyKey);
    if (earlier) return earlier;
    const receipt = this.#render(action);
    this.#seen.set(action.idempotencyKey, receipt);
    this.delivered.push({ action, at: Date.now() });
    return receipt;
  }

  #render(a: PlatformAction): ActionReceipt {
    switch (a.kind) {
      case 'dm':
        this.out(`  ✉  DM to ${a.memberId} (${a.purpose.replace('_', ' ')}):\n${indent(a.text, '     │ ')}`);
        return { via: 'dm' };
      case 'restrict':
        this.out(`  ⏸  ${a.memberId} restricted until ${new Date(a.until).toISOString()} (${a.reason})`);
        return { via: 'timeout' };
      case 'unrestrict':
        this.out(`  ▶  ${a.memberId} restriction lifted`);
        return { via: 'timeout' };
      case 'hide_message':
        this.out(`  ⌫  message ${a.messageId} hidden from ${a.channelId}`);
        return { via: 'delete' };
      case 'review_card': {
        const c = a.card;
        const cats = c.categories.map((x) => `${x.category} ${x.score.toFixed(2)}≥${x.threshold}`).join(', ');
        const ref = a.cardRef ?? `card-${++this.#cards}`;
        this.out(`  ▣  review card #${c.flagId} [${c.status}${c.outcome ? `: ${c.outcome}` : ''}] ${cats}\n     │ ${c.authorId}${c.targetId ? ` → ${c.targetId}` : ''}: ${c.redactedExcerpt}`);
        return { ref, via: a.cardRef ? 'updated' : 'posted' };
      }
      case 'crisis_alert':
        this.out(`  🚨 CRISIS: on-call therapists alerted for flag #${a.card.flagId} (${a.card.authorId})`);
        return { via: 'alert' };
      case 'review_notice':
        this.out(`  ⓘ  review channel notice: ${a.text}`);
        return { via: 'notice' };
    }
  }
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map((l) => prefix + l).join('\n');
}
