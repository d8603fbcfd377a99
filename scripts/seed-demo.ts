// `npm run seed:demo`: fills an EMPTY database with one demo person per role.
import { openDatabase } from '../db/open';
import { users } from '../db/schema';
import { hashPassword } from '../lib/passwords';

const DEMO = [
  { name: 'Ada Ambassador', email: 'ambassador@example.com', role: 'ambassador', password: 'ambassador-demo' },
  { name: 'Rita Reviewer', email: 'reviewer@example.com', role: 'reviewer', password: 'reviewer-demo' },
  { name: 'Reidar Reader', email: 'reader@example.com', role: 'reader', password: 'reader-demo1' },
] as const;

const file = process.env.DATABASE_PATH ?? './data/routine-guide.db';
const database = openDatabase(file);
if (database.select({ id: users.id }).from(users).limit(1).all().length > 0) {
  console.error(`${file} already has people; seed:demo only fills an empty database.`);
  process.exit(1);
}
const rows = await Promise.all(
  DEMO.map(async ({ password, ...person }) => ({ ...person, passwordHash: await hashPassword(password) })),
);
database.insert(users).values(rows).run();
console.log(`Demo people added to ${file}:`);
for (const p of DEMO) console.log(`  ${p.role.padEnd(10)} ${p.email.padEnd(24)} password: ${p.password}`);
