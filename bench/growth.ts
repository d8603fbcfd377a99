import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedPeople } from '@/tests/helpers/people';
import { generateGuide } from './large-guide';
import { ambassador, databaseSize, dataLayer, editRevisions } from './data';
import { round } from './stats';

export type GrowthFigures = {
  checkpoints: number;
  docJsonBytes: number;
  beforeBytes: number;
  afterBytes: number;
  growthBytes: number;
  bytesPerCheckpoint: number;
  usedGrowthBytes: number;
  fullSnapshotEstimateBytes: number;
  fractionOfFullSnapshots: number;
  secondsTaken: number;
  msPerCheckpoint: number;
  aimBytes: number;
};

/**
 * Runs in its own process with its own database file (DATABASE_PATH), so nothing else writes to
 * it and the data layer's one connection is this file's.
 */
async function measure(checkpoints: number): Promise<GrowthFigures> {
  const file = process.env.DATABASE_PATH!;
  await seedPeople(file, [{ name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' }]);
  const data = await dataLayer();
  const actor = ambassador(data, 'anne@example.com');
  const doc = generateGuide(500);
  const docJsonBytes = Buffer.byteLength(JSON.stringify(doc));
  const { id } = data.createGuide(actor, { title: 'Vekst', language: 'nb', frontMatter: {}, doc });
  const before = databaseSize(data, file);
  const start = performance.now();
  editRevisions(data, actor, id, doc, checkpoints, (i) => `Sjekkpunkt ${i + 1}`);
  const seconds = (performance.now() - start) / 1000;
  const after = databaseSize(data, file);
  const growth = after.fileBytes - before.fileBytes;
  return {
    checkpoints,
    docJsonBytes,
    beforeBytes: before.fileBytes,
    afterBytes: after.fileBytes,
    growthBytes: growth,
    bytesPerCheckpoint: Math.round(growth / checkpoints),
    usedGrowthBytes: after.usedBytes - before.usedBytes,
    fullSnapshotEstimateBytes: checkpoints * docJsonBytes,
    fractionOfFullSnapshots: round(growth / (checkpoints * docJsonBytes), 5),
    secondsTaken: round(seconds, 1),
    msPerCheckpoint: round((seconds * 1000) / checkpoints, 1),
    aimBytes: 5 * 1024 * 1024,
  };
}

const self = fileURLToPath(import.meta.url);

/** Database growth after `checkpoints` one-word edits of the 500-routine guide, each kept as a revision. */
export function benchGrowth(dbFile: string, checkpoints = 1000): Promise<GrowthFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, self, String(checkpoints)], {
      env: { ...process.env, DATABASE_PATH: dbFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Not left running if the benchmark stops early.
    const stop = () => child.kill('SIGKILL');
    process.on('exit', stop);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('exit', stop);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`growth benchmark exited with ${code}: ${out}`));
      try {
        resolve(JSON.parse(last) as GrowthFigures);
      } catch {
        reject(new Error(`growth benchmark printed no figures: ${out}`));
      }
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  measure(Number(process.argv[2] ?? 1000)).then(
    (figures) => {
      process.stdout.write(`${JSON.stringify(figures)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
