// Module hooks for worker threads started from the TypeScript sources (see typescript-worker.mjs):
// `./x.js` imported from a .ts file means `./x.ts` when only that exists (the NodeNext convention
// the sources follow), and a .ts file has its types dropped (nothing checked: the typecheck does
// that) by Rolldown's transform, which Vite builds with and which loads in a blink, or, should that
// experimental export move, by TypeScript's own transpileModule (seconds to load). Used by tests
// only; `dist/` needs none of it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (parent?.startsWith('file:') && parent.endsWith('.ts') && /^\.\.?\//.test(specifier) && specifier.endsWith('.js')) {
    const source = new URL(`${specifier.slice(0, -3)}.ts`, parent);
    if (existsSync(fileURLToPath(source))) return { url: source.href, format: 'module', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

let stripTypes;

async function typeStripper() {
  try {
    const { transformSync } = await import('rolldown/experimental');
    return (fileName, source) => transformSync(fileName, source).code;
  } catch {
    const typescript = (await import('typescript')).default;
    const compilerOptions = { module: typescript.ModuleKind.ESNext, target: typescript.ScriptTarget.ES2022, isolatedModules: true };
    return (fileName, source) => typescript.transpileModule(source, { fileName, compilerOptions }).outputText;
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  stripTypes ??= await typeStripper();
  const fileName = fileURLToPath(url);
  return { format: 'module', source: stripTypes(fileName, await readFile(fileName, 'utf8')), shortCircuit: true };
}
