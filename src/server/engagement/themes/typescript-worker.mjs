// Starts a worker script from the TypeScript sources (under vitest; `dist/` runs the compiled .js
// directly): registers the loader that compiles .ts files, then imports the script named in
// workerData. Plain JavaScript, because nothing can load TypeScript before it has run.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register('./typescript-loader.mjs', import.meta.url);
await import(workerData.script);
