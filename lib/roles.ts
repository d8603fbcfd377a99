/** The roles a person can have, least privileged last. The database column takes its enum from here. */
export const ROLES = ['ambassador', 'reviewer', 'reader'] as const;
export type Role = (typeof ROLES)[number];
