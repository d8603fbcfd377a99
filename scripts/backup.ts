// `npm run backup [-- FILE]`: a consistent copy of the live database, safe while the app runs
// (SQLite's online backup; copying the file itself is not safe while the server writes). The copy
// is as private as the database: 0600, in a folder made 0700.
import fs from 'node:fs';
import path from 'node:path';
import { createPrivateFile, openDatabase } from '../db/open';

const source = process.env.DATABASE_PATH ?? './data/routine-guide.db';
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = process.argv[2] ?? path.join(path.dirname(source), 'backups', `routine-guide-${stamp}.db`);
const { $client } = openDatabase(source);
createPrivateFile(target);
await $client.backup(target);
$client.close();
fs.chmodSync(target, 0o600);
console.log(`Backed up ${source} to ${target}`);
