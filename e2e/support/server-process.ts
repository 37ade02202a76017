import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/server/config.js';

/**
 * The built server (dist/server/main.js, as `npm start` runs it) in a process of its own, for the
 * journeys that must end it abruptly (kill -9) and start it again on the same data. E2E_SERVER_MAIN
 * names another build's main.js (several people building at once each build in their own copy).
 */
export const builtServerMain = process.env.E2E_SERVER_MAIN || path.join(projectRoot, 'dist', 'server', 'main.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** kill -9: no shutdown hook runs, the database is not closed. */
  killHard(): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000;

export async function startServerProcess(env: { DATA_DIR: string; DATABASE_URL?: string }): Promise<ServerProcess> {
  if (!existsSync(builtServerMain)) throw new Error(`${builtServerMain} is missing: build the server first (npm run build), or name a build with E2E_SERVER_MAIN`);
  const child = spawn(process.execPath, [builtServerMain], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Waymark is running at (http:\/\/\S+) /.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before it listened:\n${output}`));
    });
  });
  return {
    url,
    child,
    async killHard() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
