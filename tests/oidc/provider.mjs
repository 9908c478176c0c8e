// A real OpenID Provider (panva's oidc-provider, pinned in package.json) for the tests of the
// console's OpenID Connect sign-in. Started by tests/oidc.py on a loopback port:
//   node tests/oidc/provider.mjs PORT CLIENTS_JSON
// CLIENTS_JSON: [{"client_id": ..., "client_secret": ..., "redirect_uris": [...]}, ...].
// Its development sign-in form takes any name: "an.peeters" signs in as
// an.peeters@sintpieterscollege.be with a verified address; a name with an @ is that address;
// a name starting with "unverified" has email_verified false. The groups claim is ["dpo"] for a
// name starting with "dpo", else []. PKCE is required of every client.
import Provider from 'oidc-provider';

const [port, clientsJson] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

function claimsOf(id) {
  const email = id.includes('@') ? id : `${id}@sintpieterscollege.be`;
  return {
    sub: id,
    email,
    email_verified: !id.startsWith('unverified'),
    name: id,
    groups: id.startsWith('dpo') ? ['dpo'] : [],
  };
}

const provider = new Provider(issuer, {
  clients: JSON.parse(clientsJson).map((c) => ({
    ...c,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => claimsOf(id) }),
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  conformIdTokenClaims: false, // the claims asked for by scope go into the ID token (as Entra and Google do)
  cookies: { keys: ['discretie-test-cookie-key'] },
  ttl: { IdToken: 300, AccessToken: 300, AuthorizationCode: 60, Session: 600, Interaction: 600, Grant: 600 },
  renderError: async (ctx, out) => {
    ctx.type = 'text/plain';
    ctx.body = `${out.error}: ${out.error_description}`;
  },
});
provider.proxy = false;

const server = provider.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
