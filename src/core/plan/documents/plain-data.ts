/** Reading, writing and comparing plain JSON data by path; no prototypes, no classes. */
export type PlainObject = Record<string, unknown>;

/** An object as JSON has them: not null, not an array, not a Date. */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at a path, or undefined where the path leaves the data. */
export function getAt(source: unknown, path: readonly string[]): unknown {
  let current = source;
  for (const part of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** Sets a value, creating the objects on the way; an undefined value creates nothing. */
export function setAt(target: PlainObject, path: readonly string[], value: unknown): void {
  if (value === undefined) return;
  let current = target;
  for (const part of path.slice(0, -1)) {
    if (!isPlainObject(current[part])) current[part] = {};
    current = current[part] as PlainObject;
  }
  current[path[path.length - 1]!] = value;
}

/** Equal as JSON: same values, same array order; key order inside objects does not matter. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => isDeepEqual(a[k], b[k]));
}
