// Shared by the corpus generators: turns the compact tuples of a set into LABELING.md JSON Lines on stdout,
// and refuses a set whose labels are inconsistent (a manipulation label without a target, a target that has
// not spoken yet or is the author, a target on a message with no manipulation label).
const LETTER = { g: 'gaslighting', d: 'dismissal', b: 'blame_shifting', c: 'crisis' };
const pad = (n) => String(n).padStart(2, '0');

/** conversations: [{ group, platform, m: [[author, text, 'gd>u1' | 'c' | ''], ...] }] */
export function emit(set, conversations) {
  conversations.forEach((c, ci) => {
    const cid = `${set}-c${pad(ci + 1)}`;
    const spoken = new Set();
    const messages = c.m.map(([author, text, lab], mi) => {
      const [letters, target] = (lab || '').split('>');
      const labels = [...(letters || '')].map((l) => {
        if (!LETTER[l]) throw new Error(`${cid} m${mi + 1}: bad label letter ${l}`);
        return LETTER[l];
      });
      const needsTarget = labels.some((l) => l !== 'crisis');
      if (needsTarget && !target) throw new Error(`${cid} m${mi + 1}: g/d/b without target`);
      if (!needsTarget && target) throw new Error(`${cid} m${mi + 1}: target without g/d/b`);
      if (target && !spoken.has(target)) throw new Error(`${cid} m${mi + 1}: target ${target} has not spoken`);
      if (target && target === author) throw new Error(`${cid} m${mi + 1}: target is the author`);
      spoken.add(author);
      return { id: `${cid}-m${pad(mi + 1)}`, author, text, labels, phi: [], target: target || null };
    });
    process.stdout.write(JSON.stringify({ id: cid, group: c.group, platform: c.platform, messages }) + '\n');
  });
}
