/**
 * Runs once when the server starts: opens (creates and migrates) the database rather than at the
 * first request, and starts noting each request's socket address (lib/server/client-address.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { watchClientAddresses } = await import('./lib/server/client-address');
    watchClientAddresses();
    const { db } = await import('./db/index');
    db();
  }
}
