import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { ApplicationPage } from './application-page';
import { createConsoleClient } from './client';
import { PaymentsPage } from './payments';
import { ProgrammePage } from './programme';
import { QueuePage } from './queue';
import { hrefOf, useRoute, type Route } from './route';
import { hasRole, session, useSession } from './session';
import { SignIn } from './sign-in';

function Nav({ route }: { route: Route }) {
  const { claims } = useSession();
  const links: Array<{ route: Route; label: string; show: boolean }> = [
    { route: { page: 'queue' }, label: 'Queue', show: true },
    { route: { page: 'payments' }, label: 'Payments', show: hasRole(claims, 'accountant', 'auditor', 'admin') },
    { route: { page: 'programme' }, label: 'Programme', show: hasRole(claims, 'reviewer', 'approver', 'accountant', 'auditor', 'admin') },
  ];
  return (
    <nav aria-label="Console">
      <ul>
        {links
          .filter((link) => link.show)
          .map((link) => (
            <li key={link.label}>
              <a href={hrefOf(link.route)} aria-current={route.page === link.route.page ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        <li>
          {/* the same tab, so GraphiQL finds the token in this tab's session storage */}
          <a href="/graphql" title="GraphiQL, signed in as you (development only)">
            GraphiQL
          </a>
        </li>
      </ul>
    </nav>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'application':
      return <ApplicationPage id={route.id} />;
    case 'payments':
      return <PaymentsPage />;
    case 'programme':
      return <ProgrammePage />;
    default:
      return <QueuePage />;
  }
}

/** The console: sign-in, then the pages of the route, all on one Apollo Client. */
export function App() {
  const state = useSession();
  const route = useRoute();
  // one client per signed-in person: nothing cached for one is shown to the next
  const subject = state.claims?.sub ?? null;
  // (`subject` is the memo's key on purpose: a new client exactly when the person changes)
  const { client, ws } = useMemo(() => createConsoleClient(), [subject]);
  useEffect(() => () => void ws.dispose(), [ws]);

  if (!state.token || !state.claims) {
    return (
      <main id="main">
        <SignIn expired={false} />
      </main>
    );
  }
  const { claims } = state;
  return (
    <ApolloProvider client={client}>
      <div className="shell" inert={state.expired}>
        <header>
          <a className="brand" href="#/queue">
            Enbek console
          </a>
          <Nav route={route} />
          <p className="who">
            <span>{claims.name ?? claims.sub}</span> <span className="roles">{claims.roles.join(', ')}{claims.region ? ` · ${claims.region}` : ''}</span>
            <button type="button" onClick={() => session.signOut()}>
              Sign out
            </button>
          </p>
        </header>
        <main id="main">
          <Page route={route} />
        </main>
      </div>
      {state.expired && (
        <div className="overlay">
          <div role="dialog" aria-modal="true" aria-labelledby="sign-in-title">
            <SignIn expired />
          </div>
        </div>
      )}
    </ApolloProvider>
  );
}
