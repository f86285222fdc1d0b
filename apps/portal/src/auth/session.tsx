// The signed-in staff member or applicant. Tokens live in sessionStorage (gone with the tab);
// the access token is renewed with the refresh token when it expires, one renewal at a time
// (a refresh token works once: two parallel renewals would end the session).
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import { executeWithToken, setAuthHooks } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import type { Role } from '../graphql/generated/graphql.js';

/** What a session keeps of a sign-in (login, confirmApplicantSignup, refreshSession). */
export const SessionFields = graphql(`
  fragment SessionFields on LoginPayload {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      roles
      agencyId
    }
  }
`);

const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

const Logout = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId?: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

const STORAGE_KEY = 'gongkai.session';

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function store(session: Session | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}

let current: Session | null = load();
let renewal: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function replace(next: Session | null): void {
  current = next;
  store(next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

setAuthHooks({
  accessToken: () => current?.accessToken ?? null,
  refresh: () => {
    const refreshToken = current?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    renewal ??= executeWithToken(null, RefreshSession, { refreshToken })
      .then(({ refreshSession }) => {
        replace(refreshSession);
        return true;
      })
      .catch(() => {
        replace(null);
        return false;
      })
      .finally(() => {
        renewal = null;
      });
    return renewal;
  },
});

interface SessionContextValue {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribe, () => current);
  const queryClient = useQueryClient();
  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      signIn: (next) => {
        queryClient.clear();
        replace(next);
      },
      signOut: async () => {
        const refreshToken = current?.refreshToken;
        replace(null);
        queryClient.clear();
        if (refreshToken) await executeWithToken(null, Logout, { refreshToken }).catch(() => false);
      },
      hasRole: (...roles) => roles.some((role) => session?.user.roles.includes(role)),
    }),
    [session, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
