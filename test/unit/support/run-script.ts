import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs one of the command-line scripts as a real process (tsx, as its npm script does), without colour. */
export function runScript(script: string, args: string[], input?: string) {
  const root = process.cwd();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
