// A real OAuth-capable MCP client for the integration test: the official TypeScript SDK's streamable HTTP transport
// with an OAuthClientProvider. The SDK does discovery (401 -> protected-resource metadata -> authorization-server
// metadata), dynamic client registration, PKCE and the token exchange itself; this script only plays the user's
// browser: it follows the authorization URL through the Upstox login (a redirect, or the sandbox's login form) to the
// loopback redirect URI and hands the code back to the SDK.
//
// usage: node oauth-client.mjs <MCP URL> <loopback port>
// stdout: one JSON line with what the tools answered; stderr: the HTTP exchanges (method, path, status; no queries).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [mcpUrl, port] = process.argv.slice(2);
const redirectUrl = `http://localhost:${port}/oauth/callback`;
const secrets = [];

const loggingFetch = async (input, init = {}) => {
  const response = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const method = init.method ?? (input instanceof Request ? input.method : 'GET');
  console.error(`${method} ${url.pathname} ${response.status} (TypeScript SDK)`);
  return response;
};

let clientInformation;
let savedTokens;
let verifier;
let sentState;
let authorizationCode;

const provider = {
  get redirectUrl() { return redirectUrl; },
  get clientMetadata() {
    return {
      client_name: 'upstox-mcp OAuth IT (TypeScript SDK)',
      redirect_uris: [redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  },
  state() { sentState = `ts-${crypto.randomUUID()}`; return sentState; },
  clientInformation() { return clientInformation; },
  saveClientInformation(information) { clientInformation = information; },
  tokens() { return savedTokens; },
  saveTokens(tokens) { savedTokens = tokens; secrets.push(tokens.access_token); },
  saveCodeVerifier(codeVerifier) { verifier = codeVerifier; secrets.push(codeVerifier); },
  codeVerifier() { return verifier; },
  async redirectToAuthorization(authorizationUrl) { authorizationCode = await browse(authorizationUrl); },
};

/** The user's browser: follows redirects by hand, submits the sandbox's login form, stops at the loopback URI. */
async function browse(start) {
  let next = new URL(start);
  let request = { method: 'GET' };
  for (let hop = 0; hop < 10; hop++) {
    if (next.toString().startsWith(redirectUrl)) {
      if (next.searchParams.get('state') !== sentState) throw new Error('state mismatch');
      if (next.searchParams.get('error')) throw new Error(`authorization failed: ${next.searchParams.get('error')}`);
      secrets.push(next.searchParams.get('code'));
      return next.searchParams.get('code');
    }
    const response = await fetch(next, { ...request, redirect: 'manual' });
    console.error(`${request.method} ${next.pathname} ${response.status} (browser)`);
    if (response.status >= 300 && response.status < 400) {
      next = new URL(response.headers.get('location'), next);
      request = { method: 'GET' };
    } else if (response.status === 200) {
      const page = await response.text();
      const form = [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)];
      const unescape = (text) => text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>')
        .replaceAll('&#39;', "'").replaceAll('&amp;', '&');
      request = {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form.map(([, name, value]) => [name, unescape(value)])).toString(),
      };
      next = new URL('dialog', next);
    } else {
      throw new Error(`the login stopped at ${next.pathname} with HTTP ${response.status}`);
    }
  }
  throw new Error('too many redirects');
}

async function connect() {
  const client = new Client({ name: 'upstox-mcp-oauth-it', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider, fetch: loggingFetch });
  try {
    await client.connect(transport);
    return client;
  } catch (error) {
    if (!(error instanceof UnauthorizedError) || !authorizationCode) throw error;
    await transport.finishAuth(authorizationCode);
    const authorized = new Client({ name: 'upstox-mcp-oauth-it', version: '1.0.0' });
    await authorized.connect(new StreamableHTTPClientTransport(new URL(mcpUrl),
      { authProvider: provider, fetch: loggingFetch }));
    return authorized;
  }
}

const client = await connect();
const status = await client.callTool({ name: 'get_auth_status', arguments: {} });
const profile = await client.callTool({ name: 'get_profile', arguments: {} });
await client.close();
console.log(JSON.stringify({
  status: status.structuredContent,
  profile: { isError: profile.isError ?? false, userName: profile.structuredContent?.user_name },
  secrets,
}));
