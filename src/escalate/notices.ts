import type { Category } from '../core/categories.ts';

/**
 * The words members receive. Kept together so a clinician can review them in one place. Holdspace does not
 * read replies to its DMs, so no text invites one.
 */

const NAMES: Record<Category, string> = {
  gaslighting: 'undermining how another member remembers or sees things',
  dismissal: "brushing off another member's feelings",
  blame_shifting: 'putting blame on the person who was hurt',
  phi: 'sharing private health or contact details',
  crisis: 'a possible crisis',
};

export function describe(categories: readonly Category[]): string {
  return categories.map((c) => NAMES[c]).join(' and ');
}

export function warningText(categories: readonly Category[], excerpt: string): string {
  return [
    'Hi, this is Holdspace, on behalf of the therapists who look after this group.',
    `A therapist read a message of yours and felt it came across as ${describe(categories)}:`,
    `> ${quote(excerpt)}`,
    'This group works because people can share without being second-guessed. Please keep that in mind. ' +
      'If you want to talk it over, contact one of the group\'s therapists directly.',
  ].join('\n');
}

export function checkInText(categories: readonly Category[], excerpt: string): string {
  return [
    'Hi, this is Holdspace, on behalf of the therapists who look after this group.',
    `This is the second time recently that a message of yours came across as ${describe(categories)}:`,
    `> ${quote(excerpt)}`,
    'A therapist would like to check in with you privately and will contact you directly; there is nothing you need to do right now.',
  ].join('\n');
}

export function supportText(): string {
  return [
    'Hi, this is Holdspace, on behalf of the therapists who look after this group.',
    'A therapist noticed a message aimed at you recently that was not okay. How you felt about it is valid.',
    'If you would like to talk, contact one of the group\'s therapists directly; they know about it.',
  ].join('\n');
}

export function restrictText(hours: number, excerpt: string): string {
  return [
    'Hi, this is Holdspace, on behalf of the therapists who look after this group.',
    `After repeated concerns, a therapist has paused your participation for ${hours} hour${hours === 1 ? '' : 's'}. The last message was:`,
    `> ${quote(excerpt)}`,
    'You can still read along. If you want to talk about it, contact one of the group\'s therapists directly.',
  ].join('\n');
}

export function phiHiddenText(excerpt: string): string {
  return [
    'Hi, this is Holdspace. A message of yours was removed from the group because it contained private details ' +
      '(contact details, identifiers or someone else\'s health information). This is what it said, with those details taken out:',
    `> ${quote(excerpt)}`,
    'You are welcome to post it again without them. This keeps you and others safe.',
  ].join('\n');
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}
