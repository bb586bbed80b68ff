// Bundles the real editors (Lexical, Draft.js, Quill, ProseMirror, Slate, React) for the test
// pages in test/fixtures: test/fixtures/src/*.tsx → test/fixtures/build/*.js (git-ignored).
// Runs before vitest in `npm test`; no network, esbuild only.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// @lexical/* 0.52 ship their own nested lexical; one copy for all, or Lexical refuses to run.
const nestedLexical = resolve('node_modules/@lexical/rich-text/node_modules/lexical');
const alias = existsSync(nestedLexical) ? { lexical: nestedLexical } : {};

const started = Date.now();
await build({
  entryPoints: { editors: 'test/fixtures/src/editors.tsx' },
  outdir: 'test/fixtures/build',
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  minify: true,
  sourcemap: false,
  alias,
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warning',
});
console.log(`fixtures built in ${Date.now() - started} ms → test/fixtures/build/`);
