// web-ext lint on the Firefox release build: fails on any error, prints every warning.
// Remaining warnings are explained in README.md ("Permissions and lint").
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error(`web-ext lint did not produce a report for ${dir}; build it first (npm run build).`);
  process.exit(1);
}
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`  ${m._type.padEnd(7)} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`  web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
