// `npm run bench`: builds, then measures the figures the issues ask for and prints them, each beside
// a baseline measured in the same run. Prints a table per figure and, last, one JSON line. Never
// asserts timing. Run with --conditions=react-server so the server-only db modules load here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, tempDir, type TestServer } from '@/tests/helpers/server';
import { seedPeople, PASSWORD } from '@/tests/helpers/people';
import { Client } from '@/tests/helpers/client';
import { validateDoc } from '@/lib/doc/validate';
import { generateGuide, generateSmallRoutinesGuide, withChangedBlocks } from './large-guide';
import { benchLargeRender } from './large-render';
import { benchImport } from './import';
import { benchDiff } from './diff';
import { benchGrowth } from './growth';
import { ambassador, dataLayer } from './data';
import { benchHistory, createHistoryGuides } from './history';
import { benchReader } from './reader';
import { benchDraftSave } from './draft-save';
import { bytes, log, ms, round, table } from './stats';
import { datesFor } from '@/lib/dates';

const started = performance.now();
const dir = tempDir('rg-bench-');
const dbPath = path.join(dir, 'guide.db');
// Before any db module runs: the data layer opens DATABASE_PATH on first use.
process.env.DATABASE_PATH = dbPath;

let server: TestServer | null = null;
process.on('exit', () => {
  void server?.kill();
  if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

async function signedIn(url: string, email: string): Promise<Client> {
  const client = new Client(url);
  if (!(await client.signIn(email, PASSWORD))) throw new Error(`could not sign in as ${email}`);
  return client;
}

function section(title: string, body: string, note?: string) {
  console.log(`\n${title}\n${body}${note ? `\n${note}` : ''}`);
}

async function main() {
  log(`temp dir ${dir}; ${os.cpus().length} cores, node ${process.version}`);

  // 1. The large guide.
  const doc = generateGuide(500);
  const docJsonBytes = Buffer.byteLength(JSON.stringify(doc));
  const valid = validateDoc(doc);
  if (!valid.ok) throw new Error(`generated guide is not valid: ${JSON.stringify(valid.issue)}`);
  const guide = { routines: 500, topLevelBlocks: doc.content.length, jsonBytes: docJsonBytes };

  // Pure computations first, while nothing else runs.
  log('import: importMarkdown over the corpus, 3 passes');
  const importFigures = benchImport(3);
  log('diff: diffDocs vs jsdiff diffWords (1%, all, reversed)');
  const diffFigures = await benchDiff(doc, { runs: 30, fullRuns: 30, jsdiffFullRuns: 10 });

  // Database growth only counts bytes, so it may share the machine with the untimed setup below.
  log('growth: 1,000 checkpoints in a child process (runs during setup)');
  const growthRun = benchGrowth(path.join(dir, 'growth.db'), 1000);

  log('setup: people, the published 500-routine guide, history guides with 10 and 10,000 revisions');
  await seedPeople(dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  const data = await dataLayer();
  const actor = ambassador(data, 'anne@example.com');
  const large = data.createGuide(actor, {
    title: 'CRM-rutineguide (500 rutiner)',
    language: 'nb',
    frontMatter: {},
    doc,
  });
  data.publishDraft(actor, large.id, 1, 'Første versjon');
  const historyGuides = createHistoryGuides(data, actor, 10, 10_000);
  log('setup: the 24,000-routine guide in three versions (1% and every block changed)');
  const smallRoutines = generateSmallRoutinesGuide(24_000);
  const huge = data.createGuide(actor, { title: 'Stor guide', language: 'nb', frontMatter: {}, doc: smallRoutines });
  data.publishDraft(actor, huge.id, 1, 'v1');
  let hugeVersion = 1;
  for (const fraction of [0.01, 1]) {
    const saved = data.saveDraft(actor, huge.id, hugeVersion, withChangedBlocks(smallRoutines, fraction).doc);
    if (!saved.ok) throw new Error('draft conflict during setup');
    hugeVersion = saved.version;
    data.publishDraft(actor, huge.id, hugeVersion, `${fraction * 100}% changed`);
  }
  log(`setup: history revisions took ${historyGuides.setupSeconds} s; waiting for growth`);
  const growthFigures = await growthRun;

  log('server: next start');
  server = await startServer({ dbPath });
  const reader = await signedIn(server.url, 'liv@example.com');
  const editor = await signedIn(server.url, 'anne@example.com');

  log('reader: autocannon against the app and the static baseline');
  const readerFigures = await benchReader({
    appUrl: `${server.url}/guides/${large.id}`,
    cookie: reader.cookieHeader(),
    htmlDir: dir,
  });
  log('draft save: 50 sequential PUTs');
  const draftFigures = await benchDraftSave(editor, large.id, 50);
  log('history: page with 10 and with 10,000 revisions');
  const historyFigures = await benchHistory(editor, historyGuides, 30);
  log('large guide: first render of 24,000 routines, three readers at once, compare');
  const largeFigures = await benchLargeRender({
    doc: smallRoutines,
    doc500: doc,
    labels: {
      what: 'Hva',
      owner: 'Eier',
      reviewBy: 'Revideres innen',
      calloutLabels: { note: 'Merk', tip: 'Tips', important: 'Viktig', warning: 'Advarsel', caution: 'Forsiktig' },
      formatDate: datesFor('nb', 'UTC').date,
    },
    client: reader,
    guideId: huge.id,
    compares: [
      { name: 'v1 → v2 (1% of blocks changed)', from: 'v1', to: 'v2' },
      { name: 'v2 → v3 (every block changed)', from: 'v2', to: 'v3' },
    ],
  });
  await server.stop();
  server = null;

  // ---- report ----
  section(
    `Routine Guide benchmarks (${os.cpus().length} cores, node ${process.version})`,
    table(
      ['generated guide', 'value'],
      [
        ['routines', guide.routines],
        ['top-level blocks', guide.topLevelBlocks],
        ['JSON size', bytes(guide.jsonBytes)],
      ],
    ),
  );
  const r = readerFigures;
  section(
    `Reader page GET /guides/:id as a signed-in reader (${r.connections} connections, ${r.seconds} s each; page ${bytes(r.htmlBytes)})`,
    table(
      ['server', 'req/s', 'p50', 'p99', 'requests', 'non-2xx', 'errors'],
      [
        [
          'next start',
          r.app.requestsPerSecond,
          `${r.app.p50} ms`,
          `${r.app.p99} ms`,
          r.app.requests,
          r.app.non2xx,
          r.app.errors,
        ],
        [
          'static file (node:http)',
          r.static.requestsPerSecond,
          `${r.static.p50} ms`,
          `${r.static.p99} ms`,
          r.static.requests,
          r.static.non2xx,
          r.static.errors,
        ],
      ],
    ),
    `ratio app/static req/s: ${r.ratio} (aim >= ${r.aim}); of the page, ${bytes(r.rscPayloadBytes)} is the RSC payload in <script> tags`,
  );
  const d = draftFigures;
  section(
    `Draft save round trip: ${d.saves} sequential PUT /api/guides/:id/draft of ${bytes(d.docJsonBytes)}, one word changed each`,
    table(['p50', 'p99', 'min', 'max', 'mean'], [[ms(d.p50), ms(d.p99), ms(d.min), ms(d.max), ms(d.mean)]]),
  );
  const im = importFigures;
  section(
    `Import: importMarkdown over the corpus (${im.files} files, ${bytes(im.totalBytes)}, ${im.passes} passes)`,
    table(
      ['files/s', 'MB/s', 'pass times', 'slowest file (best of passes)', 'failed', 'warnings'],
      [
        [
          im.filesPerSecond,
          im.mbPerSecond,
          im.passMs.map((p) => ms(p)).join(', '),
          `${im.slowestFile} ${ms(im.slowestMs)}`,
          im.failed,
          im.warnings,
        ],
      ],
    ),
  );
  section(
    `Diff of the 500-routine guide: diffDocs vs jsdiff diffWords on the whole plain text`,
    table(
      [
        'case',
        'changed blocks',
        'ours p50',
        'ours p99',
        'ours p50 fresh',
        'runs',
        'jsdiff p50',
        'jsdiff runs',
        'ours/jsdiff',
        'aim',
      ],
      diffFigures.map((c) => [
        c.name,
        `${c.changedBlocks}/${c.totalBlocks} (found ${c.changedReported})`,
        ms(c.oursP50),
        ms(c.oursP99),
        ms(c.oursFreshP50),
        c.runs,
        `${ms(c.jsdiffP50)}${c.jsdiffTimedOut ? ' (timed out)' : ''}`,
        c.jsdiffRuns,
        c.ratio,
        `<= ${c.aimMs} ms`,
      ]),
    ),
    '("fresh": each run diffs revisions just parsed from JSON, as the app does, so collecting their garbage often lands in the diff)',
  );
  const h = historyFigures;
  section(
    `History page GET /guides/:id/history as ambassador (${h.requests} requests each, in turn)`,
    table(
      ['guide', 'p50', 'p99'],
      h.rows.map((row) => [row.label, ms(row.p50), ms(row.p99)]),
    ),
    `ratio p50 10,000 revisions / 10 revisions: ${h.ratio}; / one full page (same rows shown): ${h.ratioSameRows}\n` +
      `(the revisions were made through the data layer before the server started, in ${historyGuides.setupSeconds} s)`,
  );
  const g = growthFigures;
  section(
    `Database growth: ${g.checkpoints} checkpoints of one-word edits on the ${bytes(g.docJsonBytes)} guide (saveDraft + saveNamedVersion each)`,
    table(
      [
        'before',
        'after',
        'growth',
        'per checkpoint',
        'growth in used pages',
        'full snapshots would be',
        'growth/full',
        'aim',
      ],
      [
        [
          bytes(g.beforeBytes),
          bytes(g.afterBytes),
          bytes(g.growthBytes),
          bytes(g.bytesPerCheckpoint),
          bytes(g.usedGrowthBytes),
          bytes(g.fullSnapshotEstimateBytes),
          g.fractionOfFullSnapshots,
          `<= ${bytes(g.aimBytes)}`,
        ],
      ],
    ),
    `(file size after a WAL checkpoint; ${g.msPerCheckpoint} ms per edit+checkpoint, ${g.secondsTaken} s in all)`,
  );
  const lg = largeFigures;
  section(
    `Large guide: ${lg.routines} small routines, ${bytes(lg.jsonBytes)} of JSON, ${bytes(lg.htmlBytes)} of HTML`,
    table(
      ['figure', 'value', 'aim'],
      [
        [
          'render alone (own process): wall, CPU',
          `${ms(lg.renderMs)}, ${ms(lg.renderCpuMs)}`,
          `<= ${ms(lg.aim.renderMs)}`,
        ],
        [
          'peak RSS of that process (before the render, with the document)',
          `${lg.renderPeakRssMb} MB (${lg.renderRssBeforeMb} MB)`,
          `<= ${lg.aim.renderMb} MB`,
        ],
        ['3 readers at once, first request to the server', ms(lg.firstThreeReadersMs), ''],
        ['reader page bytes', bytes(lg.firstPageBytes), ''],
        ['1 reader, rendered before', ms(lg.cachedReaderMs), ''],
        ...lg.compare.map((c) => [
          `compare ${c.name}`,
          `${ms(c.ms)}, ${bytes(c.bytes)}`,
          `<= ${ms(lg.aim.compareMs)}, <= ${bytes(lg.aim.compareBytes)}`,
        ]),
        ['baseline: former renderer (tiptap + happy-dom), 500 routines', ms(lg.baseline500Ms), ''],
        ['ours, 500 routines', ms(lg.ours500Ms), ''],
      ],
    ),
  );
  const totalSeconds = round((performance.now() - started) / 1000, 1);
  console.log(`\nbench time ${totalSeconds} s (without the build)`);
  console.log(
    JSON.stringify({
      machine: { cores: os.cpus().length, node: process.version },
      guide,
      reader: readerFigures,
      draftSave: draftFigures,
      import: importFigures,
      diff: diffFigures,
      history: historyFigures,
      largeGuide: largeFigures,
      historySetupSeconds: historyGuides.setupSeconds,
      growth: growthFigures,
      totalSeconds,
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    if (server) process.stderr.write(`\nserver output:\n${server.output().slice(-4000)}\n`);
    process.exit(1);
  },
);
