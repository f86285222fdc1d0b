/**
 * A rule of the domain was broken. `code` is stable (e.g. `APPLICATION.TRANSITION_NOT_ALLOWED`)
 * and reaches API clients as `extensions.code`; `message` is fit for the user and never holds
 * personal data.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
