import fs from 'node:fs';
import path from 'node:path';

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const SOURCE_DIRS = ['app', 'components', 'lib', 'db'];

/** Every exported server action in the source: files whose first statement is 'use server'. */
export function serverActionsInSource(): string[] {
  const found: string[] = [];
  for (const file of SOURCE_DIRS.flatMap((d) => walk(d))) {
    const text = fs.readFileSync(file, 'utf8');
    const firstStatement = text.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
    if (!/^['"]use server['"]/.test(firstStatement)) continue;
    for (const m of text.matchAll(/^export\s+(?:async\s+function|const|let|function)\s+(\w+)/gm))
      found.push(`${file}#${m[1]}`);
  }
  return found.sort();
}

/** Every route handler in the source: `app/**\/route.ts` and the HTTP methods it exports. */
export function routeHandlersInSource(): string[] {
  const found: string[] = [];
  for (const file of walk('app').filter((f) => /\/route\.tsx?$/.test(f))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g))
      found.push(`${file}#${m[1]}`);
    for (const m of text.matchAll(/export\s+const\s+\{([^}]+)\}/g))
      for (const name of m[1].split(',').map((s) =>
        s
          .trim()
          .split(/\s*:\s*/)
          .pop()!,
      ))
        if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) found.push(`${file}#${name}`);
  }
  return found.sort();
}
