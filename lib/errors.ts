import type { MessageKey } from './messages';

/*
 * How the app says no, decided once. The data layer throws one of three errors; pages, form actions
 * and route handlers translate them the same way everywhere (see refusalOf and ERROR_STATUS):
 *
 * - NotFoundError: the thing does not exist, or the caller may not know that it does (a reader
 *   asking for a draft-only guide). Page: notFound(). Action and route: 'notFound', 404.
 * - ForbiddenError: the caller knows it exists but may not do this. Page: forbidden(). Action and
 *   route: 'forbidden', 403.
 * - UserError(messageKey, values): refused for a reason the user can act on ("the draft changed").
 *   Action and route: 'refused', 422, with the translated message.
 *
 * A function that looks up one thing by id throws NotFoundError rather than returning null; null
 * stays for answers where "none" is normal (no published version yet). The web layer adds its own:
 * 401 signed out, 400 invalid input, 409 conflict, 413 too large, 415 not JSON.
 */

/** Thrown by the data-access layer when the caller's role does not allow the action. */
export class ForbiddenError extends Error {
  readonly messageKey: MessageKey<'errors'> = 'forbidden';
  constructor(message = 'forbidden') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/**
 * A refusal the user can act on; `messageKey` is a key of the "errors" message catalogue so the
 * text is shown in the user's language.
 */
export class UserError extends Error {
  constructor(
    public readonly messageKey: MessageKey<'errors'>,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = 'UserError';
  }
}

// What can be missing, and the "errors" message that says so.
const NOT_FOUND_KEYS: Record<string, MessageKey<'errors'>> = {
  guide: 'guideNotFound',
  revision: 'revisionNotFound',
  version: 'versionNotFound',
  review: 'reviewNotFound',
  comment: 'commentNotFound',
  user: 'userNotFound',
};

/**
 * The thing asked for does not exist, or the caller may not know that it does (a reader asking for
 * a draft-only guide). Pages answer it with notFound(), route handlers with 404; `what` names it.
 */
export class NotFoundError extends Error {
  constructor(public readonly what: string = 'thing') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }

  /** A key of the "errors" catalogue: "That guide does not exist." */
  get messageKey(): MessageKey<'errors'> {
    return Object.hasOwn(NOT_FOUND_KEYS, this.what) ? NOT_FOUND_KEYS[this.what] : 'notFound';
  }
}

/** The error codes of form results and JSON error bodies, with the HTTP status a route answers. */
export const ERROR_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unsupportedMediaType: 415,
  refused: 422,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A thrown refusal as the web layer shows it: its code, and a key of the "errors" catalogue with values. */
export type Refusal = {
  code: Extract<ErrorCode, 'notFound' | 'forbidden' | 'refused'>;
  messageKey: MessageKey<'errors'>;
  values?: Record<string, string | number>;
};

/** What a thrown error means to the user, or null for a bug (which is rethrown and answers 500). */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof NotFoundError) return { code: 'notFound', messageKey: error.messageKey };
  if (error instanceof ForbiddenError) return { code: 'forbidden', messageKey: error.messageKey };
  if (error instanceof UserError) return { code: 'refused', messageKey: error.messageKey, values: error.values };
  return null;
}

/**
 * A reason shown to a person, kept as a message key (namespace included, e.g. 'document.badLink')
 * and its values, so it is worded in the reader's language where it is shown, not where it arises.
 */
export type Reason<K extends string = string> = { key: K; values: Record<string, string | number> };
