import { useSyncExternalStore } from 'react';

/**
 * The console's pages live in the URL's fragment (`#/applications/<id>`), so the gateway serves
 * one file at /console and a reload or a shared link opens the same page.
 */
export type Route =
  | { page: 'queue' }
  | { page: 'application'; id: string }
  | { page: 'payments' }
  | { page: 'programme' };

export function routeOf(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'applications' && parts[1]) return { page: 'application', id: parts[1] };
  if (parts[0] === 'payments') return { page: 'payments' };
  if (parts[0] === 'programme') return { page: 'programme' };
  return { page: 'queue' };
}

export function hrefOf(route: Route): string {
  return route.page === 'application' ? `#/applications/${encodeURIComponent(route.id)}` : `#/${route.page}`;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return routeOf(hash);
}
