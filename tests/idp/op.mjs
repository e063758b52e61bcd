// A real OpenID Connect provider for the portal's sign-in tests (panva/node-oidc-provider).
// Test/dev only: it accepts ANY password for the users below and generates throwaway keys.
//
// Environment:
//   RP_BASE  base URL(s) of the portal under test, comma-separated, e.g.
//            "http://localhost:8123,http://testserver" (required)
//   PORT     port to listen on, loopback only (default 0 = pick a free one)
// Prints one line "READY <issuer>" on stdout once it accepts connections.
import http from 'node:http';

import Provider from 'oidc-provider';

const RP_BASES = (process.env.RP_BASE || '')
  .split(',')
  .map((base) => base.trim().replace(/\/+$/, ''))
  .filter(Boolean);
if (!RP_BASES.length) {
  console.error('RP_BASE must be set to the portal base URL');
  process.exit(2);
}

export const CLIENT_ID = 'portal';
export const CLIENT_SECRET = 'portal-secret';

// The personas the tests sign in as. The login name is the subject.
const USERS = {
  emma: {
    email: 'emma.jones@acme.example',
    email_verified: true,
    given_name: 'Emma',
    family_name: 'Jones',
    name: 'Emma Jones',
    groups: ['staff'],
  },
  admin: {
    email: 'it.admin@acme.example',
    email_verified: true,
    given_name: 'Ada',
    family_name: 'Admin',
    name: 'Ada Admin',
    groups: ['staff', 'it-admins'],
  },
};

const page = (title, body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main>${body}</main></body></html>`;

const server = http.createServer();
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: RP_BASES.map((base) => `${base}/oidc/callback/`),
        post_logout_redirect_uris: RP_BASES.map((base) => `${base}/`),
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    // PKCE for every client, not only public ones: a portal that forgot PKCE fails the tests.
    pkce: { required: () => true },
    cookies: { keys: ['test-only-cookie-key'] },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // The defaults pull a web font from Google; keep these pages self-contained.
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Sign out',
            `<h1>Sign out of the test IdP?</h1>${form}
             <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
             <button type="submit" form="op.logoutForm">No, stay signed in</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Signed out', '<h1>Signed out</h1>');
        },
      },
    },
    async findAccount(ctx, sub) {
      const user = USERS[sub];
      if (!user) return undefined;
      return { accountId: sub, async claims() { return { sub, ...user }; } };
    },
    // The portal is first-party: grant its scopes without a consent screen.
    async loadExistingGrant(ctx) {
      const { client, session, provider: op } = ctx.oidc;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (grantId) return op.Grant.find(grantId);
      const grant = new op.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  });

  server.on('request', provider.callback());
  console.log(`READY ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
