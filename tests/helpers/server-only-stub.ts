// Lets vitest import server modules; Next enforces the real 'server-only' boundary at build time.
export {};
