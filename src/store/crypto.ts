import { createCipheriv, createDecipheriv, randomBytes, randomFillSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** IVs are cut from one block of CSPRNG output: a system call per message costs more than the encryption. */
const IV_POOL_BYTES = 4096;

/**
 * AES-256-GCM for every stored piece of message text: [version][iv][tag][ciphertext].
 * The additional data binds a ciphertext to its row kind so a blob cannot be moved between tables.
 */
export class Cipher {
  readonly #key: Buffer;
  readonly #ivPool = Buffer.allocUnsafe(IV_POOL_BYTES);
  #ivAt = IV_POOL_BYTES;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('the encryption key must be 32 bytes');
    this.#key = key;
  }

  /** A fresh random IV: each pool byte is used once, then the pool is refilled. */
  #nextIv(): Buffer {
    if (this.#ivAt + IV_BYTES > IV_POOL_BYTES) {
      randomFillSync(this.#ivPool);
      this.#ivAt = 0;
    }
    const iv = Buffer.from(this.#ivPool.subarray(this.#ivAt, this.#ivAt + IV_BYTES));
    this.#ivAt += IV_BYTES;
    return iv;
  }

  encrypt(plain: string, aad: string): Buffer {
    const iv = this.#nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(blob: Buffer, aad: string): string {
    if (blob[0] !== VERSION) throw new Error('unknown ciphertext version');
    const iv = blob.subarray(1, 1 + IV_BYTES);
    const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.#key, iv);
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(blob.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  encryptJson(value: unknown, aad: string): Buffer {
    return this.encrypt(JSON.stringify(value), aad);
  }

  decryptJson<T>(blob: Buffer, aad: string): T {
    return JSON.parse(this.decrypt(blob, aad)) as T;
  }
}

export const KEY_FILE = 'secret.key';

/**
 * The key from HOLDSPACE_ENCRYPTION_KEY; without it, one generated into the data folder (mode 0600), which
 * suits the demo and a single machine. Deployments set the variable from their secret store.
 */
export function loadKey(dataDir: string, fromEnv: string | undefined): { key: Buffer; source: 'env' | 'file' | 'generated' } {
  if (fromEnv) return { key: Buffer.from(fromEnv, 'base64'), source: 'env' };
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'), source: 'file' };
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'generated' };
}
