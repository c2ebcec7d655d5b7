import { createHash } from 'node:crypto';

/** A stable UUID-shaped id derived from a name, so demo data is the same on every start. */
export function stableUid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(
    17,
    20,
  )}-${h.slice(20, 32)}`;
}

/** A stable hex string of the given length derived from a name (commit SHAs, hashes). */
export function stableHex(name: string, length: number): string {
  let out = '';
  let i = 0;
  while (out.length < length) {
    out += createHash('sha1').update(`${name}#${i}`).digest('hex');
    i += 1;
  }
  return out.slice(0, length);
}

/** A stable lowercase alphanumeric suffix, like the ones Kubernetes generates. */
export function stableSuffix(name: string, length: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = createHash('sha1').update(name).digest();
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[bytes[i] % alphabet.length];
  }
  return out;
}

/** A stable positive integer below `max`, derived from a name. */
export function stableInt(name: string, max: number): number {
  return createHash('sha1').update(name).digest().readUInt32BE(0) % max;
}
