/**
 * What may be kept of an unexpected error: its class, its driver or system code and its stack
 * frames, never its message. Database and library messages quote the values that caused them
 * (MikroORM inlines a failed statement's parameters into its message; an SMTP reply can quote the
 * recipient), and those values are personal data.
 */
export interface ErrorOutline {
  readonly errorClass: string;
  /** `23505`, `ECONNREFUSED`, …: a string `code` on the error, when it has one. */
  readonly errorCode?: string;
  /** The stack's `at …` lines (functions and files only), at most 12. */
  readonly frames: readonly string[];
}

export function outlineError(error: Error): ErrorOutline {
  const code = (error as { code?: unknown }).code;
  return {
    errorClass: error.constructor.name,
    ...(typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? { errorCode: code } : {}),
    // V8 indents each frame by four spaces; a message's own lines (it may span several) are not.
    frames: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.startsWith('    at '))
      .map((line) => line.trim())
      .slice(0, 12),
  };
}
