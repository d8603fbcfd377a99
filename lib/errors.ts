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
    public readonly messageKey: string,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = 'UserError';
  }
}
