#!/usr/bin/env node
// `npm run dev`: the API server (rebuilt on change by tsc --watch, restarted by node --watch) and
// Vite's dev server with hot reload for the web application, which forwards /api to the server.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { stdio: 'ignore' }),
  spawn('node', ['--watch', 'dist/server/main.js'], { stdio: 'inherit' }),
  spawn('npx', ['vite', '--port', '5173'], { stdio: 'inherit' }),
];
console.log('API on http://127.0.0.1:3000, web application with hot reload on http://127.0.0.1:5173');
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
