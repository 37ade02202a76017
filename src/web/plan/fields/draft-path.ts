/**
 * Reading and writing inside a plain JSON draft by a dotted path ("targets.2.period.label").
 * Writing undefined removes the key, so a cleared optional field leaves the element instead of
 * being stored as an empty string the format would refuse.
 */
export function getIn(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export function setIn<T>(source: T, path: string, value: unknown): T {
  return write(source, path.split('.'), value) as T;
}

function write(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = write(copy[Number(head)], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = node !== null && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : {};
  const next = write(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Field messages of a refused save, keyed by dotted path under the fields ("/fields/targets/0/value" → "targets.0.value"). */
export function errorsByPath(details: ReadonlyArray<{ path: string; message: string }>, prefix = '/fields/'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of details) {
    if (!detail.path.startsWith(prefix)) continue;
    const path = detail.path.slice(prefix.length).split('/').join('.');
    errors[path] ??= detail.message;
  }
  return errors;
}

/** Whether two JSON values are equal (order of object keys aside). */
export function isSameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value as object).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

/**
 * The required fields of a form left empty, by their path (the inputs' names): checked before a
 * save so the reader hears "This field is required" instead of the server's technical wording.
 */
export function emptyRequiredFields(form: HTMLFormElement | null): string[] {
  const inputs = Array.from(form?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[aria-required="true"]') ?? []);
  return inputs.filter((input) => !input.readOnly && input.value.trim() === '').map((input) => input.name);
}
