import fs from 'node:fs';
import path from 'node:path';

/** The shared folder beside the checkout (CI lays a copy there), or the workplace's own. */
export function sharedDir(): string {
  const beside = path.resolve(process.cwd(), '../shared');
  return fs.existsSync(beside) ? beside : '/work/shared';
}
