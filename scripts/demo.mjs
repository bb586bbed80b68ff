// `npm run demo`: builds the test build, serves the demo reviews page on 127.0.0.1 and opens
// Chromium with Calm Reply loaded on it. Without a display it prints the manual steps instead.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoProfile } from './demo-profile.mjs';

execFileSync('node', ['scripts/build-test.mjs'], { stdio: 'inherit' });
const ext = resolve('.output/test/chrome-mv3');
const page = readFileSync('test/fixtures/demo/index.html');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
});
const port = Number(process.env.PORT ?? 5178);
server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  const stop = [
    '',
    '┌──────────────────────────────────────────────────────────────┐',
    '│  The demo is running. Press Ctrl+C here to stop it.           │',
    '└──────────────────────────────────────────────────────────────┘',
  ].join('\n');
  const manual = [
    `Demo page: ${url}`,
    'To try it by hand:',
    `  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${ext}`,
    `  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${resolve('.output/test/firefox-mv2/manifest.json')}`,
    `  Then open ${url}, type a reply under a review, and click the Calm Reply toolbar button.`,
  ].join('\n');
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`\nNo display found, so no browser window can open here.\n${manual}${stop}`);
    return;
  }
  if (!chromium) {
    console.log(`\nNo Chromium found (Debian: apt-get install chromium).\n${manual}${stop}`);
    return;
  }
  console.log(`\n${manual}\nOpening Chromium with Calm Reply loaded and pinned to the toolbar: type a reply under a review, then click the badge beside the box or the Calm Reply button.${stop}`);
  const profile = demoProfile(ext);
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', url];
  // Chromium refuses to start as root without this (containers, CI machines).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const started = Date.now();
  const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  child.on('exit', (code) => {
    if (code && Date.now() - started < 10_000) console.log(`\nChromium stopped at once (exit ${code}):\n${errors.trim().split('\n').slice(-5).join('\n')}\n${manual}`);
    server.close();
    console.log('Chromium closed, so the demo stopped.');
  });
});
