/**
 * Who may do what to which row: pure predicates over the actor and the row, called by the data
 * layer to enforce (through `enforce`) and by pages to decide what to offer. A plain permission
 * with no row to look at stays `can(role, permission)` in lib/permissions.ts.
 */
export { enforce, type Refusal, type Who } from './refusal';
export * from './reviews';
export * from './people';
export * from './guides';
