import { describe, expect, it } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * Numeric and contact identifiers in more shapes (LABELING.md `phi`), each class with its look-alikes:
 * postcodes given as where someone is ("anyone near 30318?", "out in halifax, B3H 4R2"), a postcode after an
 * address and its town, APO/FPO addresses; and what identifies no one: helplines and hotlines, drug NDC codes,
 * lot numbers, software versions shaped like an IP address, placeholder names. Also values said before their
 * label ("55103398 is my MRN"), labels a clause before the value (an IMEI), vanity and international numbers.
 */
const context = [
  { id: 'c0', authorId: 'u1', text: 'checking in, how is the week going?', sentAt: 0 },
  { id: 'c1', authorId: 'u3', text: 'slowly but ok', sentAt: 1 },
];
const { phiOf, positives, negatives } = phiCases(context);

describe('ZIP and postcodes given as where someone is', () => {
  positives([
    ['is anyone near 30318? would love a coffee buddy', '30318', 'ZIP'],
    ['anybody local to 02139 want to walk on sundays', '02139', 'ZIP'],
    ["i'm in V5K 0A1 if that helps with the pharmacy question", 'V5K 0A1', 'ZIP'],
    ["we're out in halifax, B3H 4R2, nothing like that here", 'B3H 4R2', 'ZIP'],
    ['send it to 8 Mill Lane, Kendal LA9 4QR please', 'LA9 4QR', 'ZIP'],
    ['mail goes to Unit 2050 Box 71, APO AP 96205 for now', 'Unit 2050 Box 71, APO AP', 'ADDRESS'],
  ]);
  negatives([
    'anyone in 2019 feel the same way?',
    'i walked 10000 steps near the lake',
  ]);
});

describe('numbers that identify no person', () => {
  negatives([
    'the gambling helpline is 1-855-222-3344 and they were kind to me',
    'kids helpline 1800 551 800 answers all night',
    'the box says NDC 0781-2061-01 on the side',
    'lot number 4412-555-0190 was on the recall list',
    'my app is on version 3.12.0.4 and it still crashes',
    'the update 5.2.1.9 broke bluetooth',
  ]);
  positives([
    ['his cell is 415-555-0199 if the helpline is busy', '415-555-0199', 'PHONE'],
    ['the router is at 192.168.0.14, just restart it', '192.168.0.14', 'IP'],
  ]);
});

describe('identifiers in more shapes', () => {
  positives([
    ['55103398 is the MRN on my wristband', '55103398', 'MRN'],
    ['ZQK551203884 is my member id i think', 'ZQK551203884', 'HEALTH_PLAN'],
    ['his chart says PT# 3310-2287-04 on every page', '3310-2287-04', 'MRN'],
    ['the store asked for the phone IMEI as well, 490154203237518, before the swap', '490154203237518', 'DEVICE'],
    ['refunds go to my checking, 7781 0042 5519, usually in a day', '7781 0042 5519', 'ACCOUNT'],
    ['her new work line is 646-555-CARE (2273) if you need her', '646-555-CARE (2273)', 'PHONE'],
    ['lyon folks, +33 7 81 22 45 90 is me', '+33 7 81 22 45 90', 'PHONE'],
    ['the plate literally says HOPE 44 on the back', 'HOPE 44', 'VEHICLE'],
    ['my insta is fern underscore grows if you want plant pics', 'fern underscore grows', 'HANDLE'],
    ['my bsky is slowtide dot bsky dot social these days', 'slowtide dot bsky dot social', 'HANDLE'],
    ['my tiktok is m-a-r-l-o-w-e-s if u want', 'm-a-r-l-o-w-e-s', 'HANDLE'],
  ]);
  negatives([
    'my insta is private, sorry',
    'imagine John Doe walks into group late',
    'call 1-800-FLOWERS for the bouquet',
  ]);
});
