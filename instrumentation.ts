/** Opens (creates and migrates) the database when the server starts, not at the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { db } = await import('./db/index');
    db();
  }
}
