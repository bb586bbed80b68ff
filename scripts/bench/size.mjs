// Bundle size of each entry point (its own file plus the chunks it loads), raw and gzipped,
// from the Chrome release build. Exits non-zero if the content script is over 30 KB gzipped.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// 25 KB until the review reader was bounded to the box's own card, the owner could pick the review on
// the page, and Google's country hosts were served (22 → 28 KB; docs/performance.md). Every page of
// the review sites loads it, so it stays far below the panel's and the background's size.
export const CONTENT_SCRIPT_LIMIT = 30 * 1024;

export function measureSizes(dir = '.output/chrome-mv3') {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  const size = (file) => {
    const buf = readFileSync(join(dir, file));
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const fromHtml = (html) => {
    const text = readFileSync(join(dir, html), 'utf8');
    return [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  };
  const entries = {
    'content script': ['content-scripts/content.js', ...(existsSync(join(dir, 'content-scripts')) ? readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.css')).map((f) => `content-scripts/${f}`) : [])],
    background: ['background.js'],
    'side panel': ['sidepanel.html', ...fromHtml('sidepanel.html')],
    options: ['options.html', ...fromHtml('options.html')],
  };
  return Object.entries(entries).map(([name, files]) => {
    const parts = files.filter((f) => existsSync(join(dir, f))).map(size);
    return { name, files: files.length, raw: parts.reduce((a, p) => a + p.raw, 0), gzip: parts.reduce((a, p) => a + p.gzip, 0) };
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureSizes(process.argv[2]);
  console.log('\nBundle size (Chrome release build)');
  console.table(rows.map((r) => ({ 'entry point': r.name, files: r.files, raw: kb(r.raw), gzipped: kb(r.gzip) })));
  const content = rows.find((r) => r.name === 'content script');
  const ok = content.gzip <= CONTENT_SCRIPT_LIMIT;
  console.log(`content script: ${kb(content.gzip)} gzipped (limit ${kb(CONTENT_SCRIPT_LIMIT)}) ${ok ? 'OK' : 'OVER LIMIT'}`);
  if (!ok) process.exitCode = 1;
}
