import fs from 'node:fs';
import path from 'node:path';

/** The shared folder beside the checkout (CI lays a copy there), or the workplace's own. */
export function sharedDir(): string {
  const beside = path.resolve(process.cwd(), '../shared');
  return fs.existsSync(beside) ? beside : '/work/shared';
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** Every Markdown/MDX page of the shared corpus (real SuperOffice docs, MIT), then the seed article. */
export function corpusAndSeedFiles(): string[] {
  return [...markdownFiles(path.join(sharedDir(), 'corpus')), path.join(sharedDir(), 'seed', 'onboard-users.no.md')];
}
