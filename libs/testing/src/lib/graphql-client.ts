export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

/** The `extensions.code` of a response's first error: what a client branches on. */
export function errorCode(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** One GraphQL call to the api at `apiUrl`, with an access token or without. */
export type GraphqlCall = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options?: { token?: string },
) => Promise<GraphqlResponse<T>>;

/**
 * Calls the api the way many clients would: each request from a client address of its own
 * (198.51.100.x, a documentation range; the api trusts loopback as a proxy), so that a spec's
 * requests never add up against a per-address rate limit, while per-account limits still do.
 */
export function fromOwnAddresses(apiUrl: string): GraphqlCall {
  let address = 0;
  return async (query, variables = {}, options = {}) => {
    address += 1;
    if (address > 254) throw new Error('fromOwnAddresses: more than 254 calls; make another');
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${address}`,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<never>;
  };
}

/** A GraphQL-over-HTTP client for tests, as a browser or script would call the api. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  withToken(token: string | null): GraphqlClient {
    return new GraphqlClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like `request`, but fails the test with the errors when there are any. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  async login(email: string, password: string): Promise<GraphqlClient> {
    const { login } = await this.data<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    return this.withToken(login.accessToken);
  }
}
