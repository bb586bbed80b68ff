// The test build (DESIGN.md): the release extension plus 127.0.0.1 and the test hook,
// written to .output/test/chrome-mv3 and .output/test/firefox-mv2.
import { execFileSync } from 'node:child_process';

const env = { ...process.env, CALM_REPLY_TEST: '1' };
for (const args of [['build'], ['build', '-b', 'firefox']]) {
  execFileSync('npx', ['wxt', ...args], { stdio: 'inherit', env });
}
