import { useEffect, useId, useState, type FormEvent } from 'react';
import { session } from './session';

interface DemoPerson {
  role: string;
  label: string;
}

/** The embedded demo's people; an empty list where the gateway offers none (any real deployment). */
function useDemoPeople(): DemoPerson[] {
  const [people, setPeople] = useState<DemoPerson[]>([]);
  useEffect(() => {
    let live = true;
    fetch('/console/demo/people')
      .then((response) => (response.ok ? (response.json() as Promise<{ people: DemoPerson[] }>) : { people: [] }))
      .then((body) => live && setPeople(body.people))
      .catch(() => live && setPeople([]));
    return () => {
      live = false;
    };
  }, []);
  return people;
}

/**
 * Sign-in: paste a bearer token (from the identity provider, `npm start`'s banner or
 * `npm run token`), or pick a demo person when the embedded demo runs. As a dialog over the page
 * when a token expired, so the form being filled in is still there after signing in again.
 */
export function SignIn({ expired }: { expired: boolean }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const people = useDemoPeople();
  const tokenId = useId();
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      session.signIn(token);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const pick = async (role: string) => {
    setProblem(null);
    const response = await fetch('/console/demo/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
    if (!response.ok) {
      setProblem(`the demo could not sign you in (HTTP ${response.status})`);
      return;
    }
    session.signIn(((await response.json()) as { token: string }).token);
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{expired ? 'Your session has expired' : 'Sign in to the console'}</h1>
      {expired && <p>Sign in again to carry on: what you typed on the page is kept.</p>}
      <form onSubmit={submit}>
        <label htmlFor={tokenId}>Bearer token</label>
        <textarea
          id={tokenId}
          name="token"
          rows={4}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          placeholder="eyJ…"
          spellCheck={false}
          autoComplete="off"
        />
        {problem && (
          <p id={problemId} className="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
      {people.length > 0 && (
        <div className="demo-people">
          <h2>Or sign in as a demo person</h2>
          <p>Offered only by the embedded demo (`npm start` without a database server).</p>
          <ul>
            {people.map((person) => (
              <li key={person.role}>
                <button type="button" onClick={() => void pick(person.role)}>
                  {person.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
