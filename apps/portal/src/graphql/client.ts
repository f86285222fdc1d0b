// The portal's one way to the api: POST /graphql with a typed document from the generated
// client preset (documentMode: string), so variables and results are checked against schema.gql.
import type { TypedDocumentString } from './generated/graphql.js';

/** One problem of a filing, as the server lists them in `extensions.problems`. */
export interface FieldProblem {
  field: string;
  code: string;
  reason?: string;
}

/** A coded error from the api (`extensions.code`), or a network failure (`NETWORK`). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get problems(): FieldProblem[] {
    const problems = this.extensions['problems'];
    return Array.isArray(problems) ? (problems as FieldProblem[]) : [];
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** How the client signs requests: the session's token, and a way to renew it once it expires. */
export interface AuthHooks {
  accessToken(): string | null;
  /** Trades the refresh token for a new access token; false when the session is over. */
  refresh(): Promise<boolean>;
}

let auth: AuthHooks = { accessToken: () => null, refresh: async () => false };

export function setAuthHooks(hooks: AuthHooks): void {
  auth = hooks;
}

type Variables<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/**
 * Runs a document; a request that fails for an expired access token is retried once after the
 * session is renewed.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: Variables<TVariables>
): Promise<TResult> {
  const token = auth.accessToken();
  try {
    return await executeWithToken(token, document, variables);
  } catch (error) {
    const expired = error instanceof ApiError && error.code === 'AUTH.UNAUTHENTICATED';
    if (!token || !expired || !(await auth.refresh())) throw error;
    return executeWithToken(auth.accessToken(), document, variables);
  }
}

/** One POST /graphql with the given token (or none), no renewal. */
export async function executeWithToken<TResult, TVariables>(
  token: string | null,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('NETWORK', 'network error');
  }
  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    throw new ApiError('NETWORK', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL';
    throw new ApiError(code, first.message, extensions);
  }
  if (!body.data) throw new ApiError('INTERNAL', 'empty response');
  return body.data;
}
