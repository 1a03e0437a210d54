import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ServiceItemSpec } from '@onewindow/spec';
import { canonicalJson } from './canonicalJson.js';

// Specs are treated as immutable values: the hash is computed once per spec object.
const cache = new WeakMap<ServiceItemSpec, string>();

/**
 * The content hash of a spec: SHA-256 of its canonical JSON (keys sorted, no whitespace), as
 * `sha256:<64 hex digits>`. `OPEN` records it, so a case notices when the spec it runs on was edited
 * without a new `revision`. Pure JavaScript (@noble/hashes): the same in Node and in a browser page under
 * a strict Content-Security-Policy, and synchronous. Cached per spec object: edit a spec by making a new
 * object, not in place.
 *
 * @example
 * specHash(spec) // 'sha256:3f1c…'
 * specHash(JSON.parse(JSON.stringify(spec))) === specHash(spec) // true
 */
export function specHash(spec: ServiceItemSpec): string {
  let hash = cache.get(spec);
  if (hash === undefined) {
    hash = `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(spec))))}`;
    cache.set(spec, hash);
  }
  return hash;
}
