import type { Database } from '../open';

/** A write transaction of the one connection; the store's helpers run inside the caller's. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Anything that can read: the connection itself or a transaction. */
export type Reader = Pick<Tx, 'select'>;
