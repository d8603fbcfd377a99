import type { MessageKey } from './messages';

/** Thrown by the data-access layer when the caller's role does not allow the action. */
export class ForbiddenError extends Error {
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

/**
 * The thing asked for does not exist, or the caller may not know that it does (a reader asking for
 * a draft-only guide). Pages answer it with notFound(), route handlers with 404; `what` names it.
 */
export class NotFoundError extends Error {
  constructor(public readonly what: string = 'thing') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}
