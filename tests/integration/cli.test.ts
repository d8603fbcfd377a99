import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../helpers/server';
import { seedPeople } from '../helpers/people';
import { sharedDir } from '../helpers/shared';
import { importMarkdown } from '@/lib/markdown';
import { blockPlainText } from '@/lib/doc/text';

function guide(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/guide.ts', ...args],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const corpus = path.join(sharedDir(), 'corpus');
const corpusFiles = fs
  .readdirSync(corpus)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => path.join(corpus, f));

test('every corpus page imports as a guide from the command line', async () => {
  const dbPath = path.join(tempDir(), 'cli.db');
  const refused = guide(['import', corpusFiles[0]], { DATABASE_PATH: dbPath });
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('No active ambassador');

  await seedPeople(dbPath, [{ name: 'Anne', email: 'anne@example.com', role: 'ambassador' }]);
  const run = guide(['import', ...corpusFiles], { DATABASE_PATH: dbPath });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout.match(/: imported as guide \d+/g)).toHaveLength(corpusFiles.length);
  const db = new BetterSqlite3(dbPath, { readonly: true });
  expect((db.prepare('SELECT count(*) AS n FROM guides').get() as { n: number }).n).toBe(corpusFiles.length);
  const audit = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'guide.created'").get() as { n: number };
  expect(audit.n).toBe(corpusFiles.length);
  db.close();
}, 180_000);

test('a file that cannot be read is named with its line, and nothing is stored', async () => {
  const dir = tempDir();
  const dbPath = path.join(dir, 'cli.db');
  await seedPeople(dbPath, [{ name: 'Anne', email: 'anne@example.com', role: 'ambassador' }]);
  const bad = path.join(dir, 'bad.md');
  fs.writeFileSync(bad, '---\ntitle: [unclosed\n---\n# Hei\n');
  const run = guide(['import', bad], { DATABASE_PATH: dbPath });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/bad\.md: Line \d+/);
  const db = new BetterSqlite3(dbPath, { readonly: true });
  expect((db.prepare('SELECT count(*) AS n FROM guides').get() as { n: number }).n).toBe(0);
  db.close();
});

test('the command line refuses hostile Markdown with the same limits as the web (issue 10 item 7)', async () => {
  const dir = tempDir();
  const dbPath = path.join(dir, 'cli.db');
  await seedPeople(dbPath, [{ name: 'Anne', email: 'anne@example.com', role: 'ambassador' }]);
  const quotes = path.join(dir, 'quotes.md');
  fs.writeFileSync(quotes, '>'.repeat(98 * 1024));
  const ok = path.join(dir, 'ok.md');
  fs.writeFileSync(ok, '# Fine\n\nText.\n');
  const started = Date.now();
  const run = guide(['import', quotes, ok], { DATABASE_PATH: dbPath });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('quotes.md: Line 1: Block quotes or lists are nested more than 20 levels deep here');
  expect(run.stdout).toMatch(/ok\.md: imported as guide 1/);
  expect(Date.now() - started).toBeLessThan(60_000);
}, 90_000);

test('diff --json of two versions of the source article follows the reconstruction rule', () => {
  const history = path.join(sharedDir(), 'corpus', 'seed-history');
  const [a, b] = ['onboard-users.no.v3.md', 'onboard-users.no.v4.md'].map((f) => path.join(history, f));
  const run = guide(['diff', a, b, '--json']);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as {
    summary: Record<string, unknown>;
    blocks: { status: string; ops: { op: string; text: string }[] }[];
  };
  expect(out.summary).toBeTypeOf('object');
  const [docA, docB] = [a, b].map(
    (f) => importMarkdown(fs.readFileSync(f, 'utf8'), { fileName: path.basename(f) }).doc,
  );
  const textsA = docA.content.map(blockPlainText);
  const textsB = docB.content.map(blockPlainText);
  const fromA = out.blocks
    .filter((bl) => bl.status !== 'inserted')
    .map((bl) =>
      bl.ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    );
  const fromB = out.blocks
    .filter((bl) => bl.status !== 'deleted')
    .map((bl) =>
      bl.ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    );
  expect(fromB).toEqual(textsB);
  expect([...fromA].sort()).toEqual([...textsA].sort());
  for (const bl of out.blocks) {
    if (bl.status === 'deleted') expect(bl.ops.every((o) => o.op === 'delete')).toBe(true);
    if (bl.status === 'inserted') expect(bl.ops.every((o) => o.op === 'insert')).toBe(true);
  }
});

test('diff names the one link whose target changed between two versions, in JSON and readable', () => {
  // v3 → v4 of the source article changed only a link target: the words are equal, the block is not.
  const history = path.join(sharedDir(), 'corpus', 'seed-history');
  const [a, b] = ['onboard-users.no.v3.md', 'onboard-users.no.v4.md'].map((f) => path.join(history, f));
  const [from, to] = ['../../document/webtools/learn/install.md', '../../../../integrations/webtools/install.md'];

  const run = guide(['diff', a, b, '--json']);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as {
    summary: { blocksChanged: number; routinesChanged: number };
    blocks: { status: string; formatChanged?: boolean; attrChanges?: unknown[]; ops: { op: string }[] }[];
  };
  expect(out.summary).toMatchObject({ blocksChanged: 1, routinesChanged: 0 });
  const changed = out.blocks.filter((bl) => bl.status !== 'equal');
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatchObject({
    status: 'changed',
    formatChanged: true,
    attrChanges: [{ name: 'link', from, to }],
  });
  expect(changed[0].ops.every((o) => o.op === 'equal')).toBe(true);

  const readable = guide(['diff', a, b]);
  expect(readable.code).toBe(0);
  const linkLines = readable.stdout.split('\n').filter((line) => line.includes(to));
  expect(linkLines).toHaveLength(1);
  expect(linkLines[0].indexOf(from)).toBeGreaterThanOrEqual(0);
  expect(linkLines[0].indexOf(from)).toBeLessThan(linkLines[0].indexOf(to));
  // Nothing else is reported as changed: no deleted or inserted words are printed.
  expect(readable.stdout).not.toMatch(/\[-|\{\+/);
});

test('diff words its summary from the catalogue: English by default, Norwegian with --lang nb', () => {
  const dir = tempDir();
  const version = (owner: string, extra = '') =>
    `---\ntitle: "Customers"\nlanguage: "en"\n---\n# Customers\n\nWho registers a company.\n\n<Routine id="new-company" title="Register a new company" what="Company card" owner="${owner}">\n\n1. Search first.\n\n</Routine>\n${extra}`;
  const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
  fs.writeFileSync(a, version('Sales manager'));
  fs.writeFileSync(b, version('Kari Nordmann', '\nA new closing paragraph.\n\nAnd one more.\n'));

  const en = guide(['diff', a, b]);
  expect(en.stderr).toBe('');
  expect(en.code).toBe(0);
  expect(en.stdout.split('\n')[0]).toBe(
    '1 routine changed · 2 other blocks added · owner of “Register a new company”: Sales manager → Kari Nordmann',
  );
  expect(en.stdout).toContain('… 2 unchanged blocks …');

  const nb = guide(['diff', a, b, '--lang', 'nb']);
  expect(nb.code).toBe(0);
  expect(nb.stdout.split('\n')[0]).toBe(
    '1 rutine endret · 2 andre blokker lagt til · ansvarlig for «Register a new company»: Sales manager → Kari Nordmann',
  );
  expect(nb.stdout).toContain('… 2 uendrede blokker …');

  const unknown = guide(['diff', a, b, '--lang', 'de']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('--lang nb|en');
});
