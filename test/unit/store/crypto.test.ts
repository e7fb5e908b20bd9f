import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cipher, KEY_FILE, loadKey } from '../../../src/store/crypto.ts';

describe('Cipher', () => {
  const cipher = new Cipher(randomBytes(32));

  it('GIVEN text WHEN encrypted THEN the blob does not contain it and decrypts back, with a fresh IV each time', () => {
    const a = cipher.encrypt('call me on 415-555-0137 😀', 'message:1');
    const b = cipher.encrypt('call me on 415-555-0137 😀', 'message:1');
    expect(a.includes(Buffer.from('415-555-0137'))).toBe(false);
    expect(a.equals(b)).toBe(false);
    expect(cipher.decrypt(a, 'message:1')).toBe('call me on 415-555-0137 😀');
  });

  it('GIVEN many encryptions WHEN the IV pool is refilled several times THEN no IV repeats and every blob decrypts', () => {
    const blobs = Array.from({ length: 2000 }, (_, i) => cipher.encrypt(`message ${i}`, 'message:1'));
    const ivs = new Set(blobs.map((b) => b.subarray(1, 13).toString('hex')));
    expect(ivs.size).toBe(2000);
    expect(blobs.every((b, i) => cipher.decrypt(b, 'message:1') === `message ${i}`)).toBe(true);
  });

  it('GIVEN a blob WHEN read under another row\'s label or tampered with THEN decryption fails', () => {
    const blob = cipher.encrypt('secret', 'flag:1');
    expect(() => cipher.decrypt(blob, 'flag:2')).toThrow();
    const tampered = Buffer.from(blob);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(tampered, 'flag:1')).toThrow();
    expect(() => new Cipher(randomBytes(32)).decrypt(blob, 'flag:1')).toThrow();
  });

  it('GIVEN no key in the environment WHEN loading THEN one is generated once into the data folder, readable only by its owner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdspace-key-'));
    try {
      const first = loadKey(dir, undefined);
      const second = loadKey(dir, undefined);
      expect(first.source).toBe('generated');
      expect(second.source).toBe('file');
      expect(second.key.equals(first.key)).toBe(true);
      expect(statSync(join(dir, KEY_FILE)).mode & 0o077).toBe(0);
      expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(first.key.toString('base64'));
      const fromEnv = randomBytes(32);
      expect(loadKey(dir, fromEnv.toString('base64')).key.equals(fromEnv)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
