import fs from 'node:fs';
import path from 'node:path';
import { importMarkdown } from '@/lib/markdown';
import { round } from './stats';

function corpusDir(): string {
  const near = path.resolve(process.cwd(), '../shared/corpus');
  return fs.existsSync(near) ? near : '/work/shared/corpus';
}

/** Every Markdown/MDX file of the corpus, its seed history included. */
export function corpusFiles(dir = corpusDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && entry.name !== 'README.md') out.push(full);
    }
  };
  walk(dir);
  return out;
}

export type ImportFigures = {
  files: number;
  totalBytes: number;
  passes: number;
  filesPerSecond: number;
  mbPerSecond: number;
  passMs: number[];
  slowestFile: string;
  slowestMs: number;
  failed: number;
  warnings: number;
};

/** importMarkdown over the whole corpus, `passes` times (the first pass includes JIT warm-up). */
export function benchImport(passes = 3): ImportFigures {
  const dir = corpusDir();
  const files = corpusFiles(dir).map((file) => ({
    name: path.relative(dir, file),
    source: fs.readFileSync(file, 'utf8'),
  }));
  const totalBytes = files.reduce((n, f) => n + Buffer.byteLength(f.source), 0);
  const slowest = new Map<string, number>();
  const passMs: number[] = [];
  let failed = 0;
  let warnings = 0;
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    for (const file of files) {
      const t = performance.now();
      try {
        const result = importMarkdown(file.source, { fileName: path.basename(file.name) });
        if (pass === 0) warnings += result.warnings.length;
      } catch {
        if (pass === 0) failed++;
      }
      const took = performance.now() - t;
      // The slowest file by its best time over the passes, so one GC pause does not pick it.
      slowest.set(file.name, Math.min(slowest.get(file.name) ?? Infinity, took));
    }
    passMs.push(performance.now() - start);
  }
  const [slowestFile, slowestMs] = [...slowest].sort((a, b) => b[1] - a[1])[0];
  const totalMs = passMs.reduce((a, b) => a + b, 0);
  return {
    files: files.length,
    totalBytes,
    passes,
    filesPerSecond: round((files.length * passes) / (totalMs / 1000), 1),
    mbPerSecond: round((totalBytes * passes) / 1024 / 1024 / (totalMs / 1000), 2),
    passMs: passMs.map((m) => round(m, 1)),
    slowestFile,
    slowestMs: round(slowestMs, 2),
    failed,
    warnings,
  };
}
