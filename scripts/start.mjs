#!/usr/bin/env node
// `npm start`: builds the server and the web application, saying what it is doing (the first build
// takes a minute or two on a small machine), then runs the server in this process's place.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['Building the server (TypeScript)', ['run', 'build:server', '--silent']],
  ['Building the web application (Vite)', ['run', 'build:web', '--silent']],
];

const started = Date.now();
for (const [label, args] of steps) {
  const stepStarted = Date.now();
  process.stdout.write(`${label}...`);
  const build = spawnSync('npm', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) {
    console.error(`\n${label} failed (exit ${build.status ?? build.signal}).`);
    process.exit(build.status ?? 1);
  }
  console.log(` done in ${((Date.now() - stepStarted) / 1000).toFixed(0)} s`);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s; starting Waymark (Ctrl+C stops it).`);

const server = spawn(process.execPath, [path.join(root, 'dist/server/main.js')], { cwd: root, stdio: 'inherit' });
// The server stops cleanly on SIGINT and SIGTERM (it releases the data folder's lock): pass them on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
