/**
 * Canonical JSON of a node: object keys sorted so attribute order does not matter, and absent,
 * null and empty values dropped (tiptap writes `attrs: {}`, `marks: []` and null defaults that an
 * imported document leaves out, and they mean the same). Marks are a set, so they are sorted too.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '');
}

function isBlank(key: string, value: unknown, inAttrs: boolean): boolean {
  if (value === undefined || typeof value === 'function') return true;
  if (inAttrs) return value === null || value === '';
  if ((key === 'marks' || key === 'content') && Array.isArray(value)) return value.length === 0;
  if (key === 'attrs' && value !== null && typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) if (!isBlank('', v, true)) return false;
    return true;
  }
  return false;
}

function write(value: unknown, parentKey: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => write(item, ''));
    if (parentKey === 'marks') items.sort();
    return `[${items.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const inAttrs = parentKey === 'attrs';
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (isBlank(key, v, inAttrs)) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${write(v, key)}`;
    first = false;
  }
  return `${out}}`;
}
