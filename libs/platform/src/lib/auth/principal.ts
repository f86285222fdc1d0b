/** Who is calling, as established by the global guard from a verified access token. */
export interface Principal {
  userId: string;
  roles: string[];
  agencyId: string | null;
}

/** The request shape the guard decorates (Fastify request under HTTP and GraphQL). */
export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}
