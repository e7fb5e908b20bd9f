/**
 * Member ids never leave the process. Each conversation sent to the model gets its own aliases
 * (member_1, member_2, ...) in order of first appearance, so the same member is the same alias throughout
 * that conversation, the same conversation always renders the same way (cacheable), and aliases cannot be
 * linked across conversations.
 */
export class MemberAliases {
  private readonly byId = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();

  alias(memberId: string): string {
    let a = this.byId.get(memberId);
    if (a === undefined) {
      a = `member_${this.byId.size + 1}`;
      this.byId.set(memberId, a);
      this.byAlias.set(a, memberId);
    }
    return a;
  }

  /** The member id behind an alias the model returned, or null for an alias this conversation never used. */
  resolve(alias: string | null): string | null {
    return alias === null ? null : this.byAlias.get(alias.trim()) ?? null;
  }

  /**
   * Replaces every known member id in the text (platform mentions such as <@123>, <@!123>, <@U123|name>, @u3,
   * or the bare id) with its alias, and any other platform mention with a neutral tag.
   */
  replaceIds(text: string): string {
    let out = text.replace(/<@!?([A-Za-z0-9_.-]+)(?:\|[^>]*)?>/g, (_m, id: string) => (this.byId.has(id) ? `@${this.alias(id)}` : '@[MEMBER]'));
    const ids = [...this.byId.keys()].filter((id) => id.length > 0).sort((a, b) => b.length - a.length);
    for (const id of ids) {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_])@?${escaped}(?![A-Za-z0-9_])`, 'g'), (m) => (m.startsWith('@') ? '@' : '') + this.alias(id));
    }
    return out;
  }
}
