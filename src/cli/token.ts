import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createTokenService } from '../auth/tokens';
import { isRole, type Role } from '../../workflows/rules/roles';

const USAGE = `usage: npm run token -- --role <role>[,<role>] [--region AKM] [--iin 12digits] [--sub id] [--name text] [--ttl seconds]
roles: applicant, reviewer, approver, accountant, auditor, admin
Signs with JWT_SECRET, or in the embedded mode with the secret kept in the data folder.`;

/** Mints a development token for a role, region and subject. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      iin: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '43200' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.role) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const roles = values.role.split(',').map((r) => r.trim());
  const unknown = roles.filter((r) => !isRole(r) || r === 'system');
  if (unknown.length > 0) {
    console.error(`unknown role ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) {
    console.error('--ttl is a whole number of seconds');
    process.exit(2);
  }
  const tokens = createTokenService(loadConfig());
  if (!tokens.mint) {
    console.error('tokens are issued by the identity provider when JWT_JWKS_URL is set');
    process.exit(2);
  }
  const sub = values.sub ?? (values.iin ? `applicant:${values.iin}` : `${roles[0]}${values.region ? `.${values.region.toLowerCase()}` : ''}@dev`);
  console.log(await tokens.mint({ sub, roles: roles as Role[], region: values.region, iin: values.iin, name: values.name }, ttl));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
