// A fresh Chromium profile for `npm run demo` with Calm Reply pinned to the toolbar, so a new user
// sees its button at once instead of hunting under the puzzle-piece menu. An unpacked extension's
// id is the first 128 bits of the SHA-256 of its folder's path, written with the letters a–p.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function unpackedExtensionId(dir) {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function demoProfile(extensionDir, { pin = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'calm-reply-demo-'));
  if (pin) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
  }
  return profile;
}
