import { useSyncExternalStore } from 'react';

/** What the console reads of a bearer token (the gateway verifies it; this only shows it). */
export interface Claims {
  sub: string;
  roles: string[];
  region?: string;
  iin?: string;
  name?: string;
  exp?: number;
}

export interface SessionState {
  token: string | null;
  claims: Claims | null;
  /** the gateway refused the token (expired, revoked): sign in again, the page stays as it is */
  expired: boolean;
}

/** kept for the tab only: a closed tab forgets the token */
const STORAGE_KEY = 'enbek.console.token';

/** The claims of a JWT's payload, or null when the text is not a JWT with a subject and roles. */
export function claimsOf(token: string): Claims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Partial<Claims>;
    if (typeof payload.sub !== 'string' || !Array.isArray(payload.roles)) return null;
    return payload as Claims;
  } catch {
    return null;
  }
}

function initial(): SessionState {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const claims = token ? claimsOf(token) : null;
  return claims ? { token, claims, expired: false } : { token: null, claims: null, expired: false };
}

let state: SessionState = initial();
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The signed-in person, shared by the whole console (and the GraphQL client's links). */
export const session = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** signs in with a token; refuses text that is not a token naming a subject and roles */
  signIn(token: string): Claims {
    const trimmed = token.trim().replace(/^Bearer\s+/i, '');
    const claims = claimsOf(trimmed);
    if (!claims) throw new Error('this is not a gateway token: paste the whole token (three parts separated by dots)');
    if (claims.exp !== undefined && claims.exp * 1000 <= Date.now()) throw new Error('this token has expired: ask for a new one');
    sessionStorage.setItem(STORAGE_KEY, trimmed);
    set({ token: trimmed, claims, expired: false });
    return claims;
  },
  /** the gateway refused the token: ask for a new one, keeping what is on the page */
  expire(): void {
    if (state.token && !state.expired) set({ ...state, expired: true });
  },
  signOut(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    set({ token: null, claims: null, expired: false });
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}

export function hasRole(claims: Claims | null, ...roles: string[]): boolean {
  return claims !== null && claims.roles.some((role) => roles.includes(role));
}
