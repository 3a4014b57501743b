import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a project binary (node_modules/.bin) or `node`, from the repository root; never throws on exit codes. */
export function run(command: string, args: string[]): Promise<RunResult> {
  const file = command === 'node' ? process.execPath : `${root}node_modules/.bin/${command}`;
  return new Promise((resolve) => {
    execFile(file, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}
