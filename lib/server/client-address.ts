import 'server-only';
import { randomBytes } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import net from 'node:net';

/**
 * The address a request came from, for the sign-in throttle and the audit log.
 *
 * Next.js gives route handlers and actions no socket, and fills in `X-Forwarded-For` only when the
 * client sent none, so that header alone is whatever the client chose. Node publishes each request
 * with its socket on a diagnostics channel before any handler runs: `watchClientAddresses` (called
 * once, from instrumentation.ts) copies the socket's address into a request header whose name is
 * random per process, so no client can send it in advance. The forwarded address is used only
 * from as many proxies as the operator declares in TRUST_PROXY_HOPS (default 0: none).
 */
const KEY = Symbol.for('routine-guide.client-address-header');
type Global = typeof globalThis & { [KEY]?: string };

export function watchClientAddresses(): void {
  const global = globalThis as Global;
  if (global[KEY]) return;
  const header = `x-routine-guide-peer-${randomBytes(8).toString('hex')}`;
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: { headers: Record<string, unknown> }; socket: net.Socket };
    request.headers[header] = socket.remoteAddress ?? '';
  });
  global[KEY] = header;
}

/** How many reverse proxies in front of the server append to X-Forwarded-For (TRUST_PROXY_HOPS). */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** An IP address as stored: IPv4-mapped IPv6 written as IPv4; anything that is not an address, 'invalid'. */
function normalize(raw: string | undefined): string {
  const value = (raw ?? '').trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return net.isIP(value) ? value.slice(0, 64) : value === '' ? 'unknown' : 'invalid';
}

export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  const header = (globalThis as Global)[KEY];
  const peer = normalize((header && headers.get(header)) || undefined);
  if (hops === 0) return peer;
  // Each trusted proxy appends the address it saw; the client is `hops` entries from the right.
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .slice(-4096)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalize(chain[Math.max(0, chain.length - 1 - hops)]);
}
