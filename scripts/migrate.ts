// `npm run db:migrate`: creates the database file if needed and applies pending migrations.
import { openDatabase } from '../db/open';

const file = process.env.DATABASE_PATH ?? './data/routine-guide.db';
openDatabase(file).$client.close();
console.log(`Database ${file} is up to date.`);
