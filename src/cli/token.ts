import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createTokenService, type GatewayClaims } from '../auth/tokens';
import { isValidIin } from '../../workflows/rules/iin';
import { isRole, REGIONAL_ROLES, type Role } from '../../workflows/rules/roles';
import { DEMO_APPLICANTS, DEMO_REGION, DEMO_STAFF } from '../seed/demo-people';

// Light on purpose: `npm run token` runs this file through src/cli/swc-hook.cjs (no TypeScript
// compiler, no decorator metadata), so it must not import the database or GraphQL layers.

const USAGE = `usage:
  npm run token -- --role <role>[,<role>] [--role …] [--region AKM[,PAV]] [--iin 12digits] [--sub id] [--name text] [--ttl seconds] [--json]
  npm run token -- --all [--region AKM[,PAV]] [--iin 12digits] [--ttl seconds] [--json]

roles: applicant, reviewer, approver, accountant, auditor, admin
  --role a,b    one person holding both roles; repeat --role for one token per person
  --region      staff roles are minted once per region given (required for reviewer, approver, accountant)
  --iin         the applicant's IIN (a valid one: the gateway refuses any other at the door)
  --all         one token for every role: an applicant (the demo's first, or --iin), staff of each
                region (the demo's region ${DEMO_REGION} by default), an auditor and an administrator
  --json        an array of { roles, region, iin, sub, token } instead of lines
One token prints the token alone; several print a line each: roles, region or IIN, subject, token.
Signs with JWT_SECRET, or in the embedded mode with the secret kept in the data folder.`;

class UsageError extends Error {}

/** What one token is minted for. */
type Person = Pick<GatewayClaims, 'sub' | 'roles' | 'region' | 'iin' | 'name'>;

const ALL_ROLES: Role[][] = [['applicant'], ['reviewer'], ['approver'], ['accountant'], ['auditor'], ['admin']];

function rolesOf(value: string): Role[] {
  const roles = value.split(',').map((r) => r.trim());
  const unknown = roles.filter((r) => !isRole(r) || r === 'system');
  if (unknown.length > 0 || roles.length === 0) throw new UsageError(`unknown role ${unknown.join(', ') || '(none)'}`);
  return [...new Set(roles as Role[])];
}

/** The subject of a token: the applicant by IIN, the demo's staff by name, anyone else by role and region. */
function subjectOf(roles: Role[], region: string | undefined, iin: string | undefined): string {
  if (iin) return `applicant:${iin}`;
  const demo = roles.length === 1 ? DEMO_STAFF[roles[0] as keyof typeof DEMO_STAFF] : undefined;
  if (demo && (demo.region ?? region) === region) return demo.id;
  return `${roles.join('+')}${region ? `.${region.toLowerCase()}` : ''}@dev`;
}

/** The people a request names: each role set once, staff ones once per region. */
function peopleOf(roleSets: Role[][], regions: string[], iin: string | undefined): Person[] {
  const people: Person[] = [];
  for (const roles of roleSets) {
    const regional = roles.some((r) => REGIONAL_ROLES.includes(r));
    if (regional && regions.length === 0) throw new UsageError(`${roles.join(',')} works in a region: add --region`);
    const applicantIin = roles.includes('applicant') ? iin : undefined;
    if (roles.includes('applicant') && !applicantIin) throw new UsageError('an applicant token carries their IIN: add --iin');
    for (const region of regional ? regions : [undefined]) {
      people.push({ sub: subjectOf(roles, region, applicantIin), roles, ...(region ? { region } : {}), ...(applicantIin ? { iin: applicantIin } : {}) });
    }
  }
  return people;
}

/** Mints development tokens: for one person, several, or every role at once. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      region: { type: 'string', multiple: true },
      iin: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '43200' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.all && !values.role) throw new UsageError('name a --role, or ask for --all');
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new UsageError('--ttl is a whole number of seconds');
  if (values.iin !== undefined && !isValidIin(values.iin)) throw new UsageError(`--iin ${values.iin} is not a valid IIN`);
  const regions = [...new Set((values.region ?? (values.all ? [DEMO_REGION] : [])).flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase()).filter(Boolean))];
  const roleSets = [...(values.all ? ALL_ROLES : []), ...(values.role ?? []).map(rolesOf)];
  const people = peopleOf(roleSets, regions, values.iin ?? (values.all ? DEMO_APPLICANTS[0]!.iin : undefined));
  if ((values.sub || values.name) && people.length > 1) throw new UsageError('--sub and --name name one person: mint their token alone');
  if (values.sub) people[0]!.sub = values.sub;
  if (values.name) people[0]!.name = values.name;

  const tokens = createTokenService(loadConfig());
  const mint = tokens.mint;
  if (!mint) throw new UsageError('tokens are issued by the identity provider when JWT_JWKS_URL is set');
  const minted = await Promise.all(people.map(async (person) => ({ ...person, token: await mint(person, ttl) })));
  if (values.json) {
    console.log(JSON.stringify(minted.map(({ sub, roles, region, iin, token }) => ({ roles, region: region ?? null, iin: iin ?? null, sub, token })), null, 2));
  } else if (minted.length === 1) {
    console.log(minted[0]!.token);
  } else {
    for (const { roles, region, iin, sub, token } of minted) console.log(`${roles.join(',').padEnd(18)} ${(region ?? iin ?? '').padEnd(13)} ${sub.padEnd(28)} ${token}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
