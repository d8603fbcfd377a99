// `npm run backup [-- FILE]`: a consistent copy of the live database, safe while the app runs
// (SQLite's online backup; copying the file itself is not safe while the server writes).
import path from 'node:path';
import { openDatabase } from '../db/open';

const source = process.env.DATABASE_PATH ?? './data/routine-guide.db';
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = process.argv[2] ?? path.join(path.dirname(source), 'backups', `routine-guide-${stamp}.db`);
const { $client } = openDatabase(source);
await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true }));
await $client.backup(target);
$client.close();
console.log(`Backed up ${source} to ${target}`);
