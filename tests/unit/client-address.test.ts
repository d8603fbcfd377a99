import { describe, expect, test } from 'vitest';
import { clientAddress, watchClientAddresses } from '@/lib/server/client-address';

watchClientAddresses();
const peerHeader = (globalThis as unknown as Record<symbol, string>)[Symbol.for('routine-guide.client-address-header')];

function request(peer: string | null, forwarded?: string): Headers {
  const headers = new Headers();
  if (peer !== null) headers.set(peerHeader, peer);
  if (forwarded !== undefined) headers.set('x-forwarded-for', forwarded);
  return headers;
}

describe('client address', () => {
  test('by default the socket address counts and X-Forwarded-For is ignored', () => {
    expect(clientAddress(request('::ffff:127.0.0.1', '6.6.6.6'), 0)).toBe('127.0.0.1');
    expect(clientAddress(request('2001:db8::1', '6.6.6.6'), 0)).toBe('2001:db8::1');
  });

  test('behind N declared proxies, the address N entries from the right of the chain', () => {
    expect(clientAddress(request('10.0.0.2', '9.9.9.9, 198.51.100.20'), 1)).toBe('198.51.100.20');
    expect(clientAddress(request('10.0.0.2', '9.9.9.9, 198.51.100.20, 10.0.0.1'), 2)).toBe('198.51.100.20');
    // Fewer entries than proxies: the leftmost, the furthest known.
    expect(clientAddress(request('10.0.0.2', '198.51.100.20'), 3)).toBe('198.51.100.20');
  });

  test('what is not an address is stored as "invalid", never as sent', () => {
    expect(clientAddress(request('10.0.0.2', 'x'.repeat(8192)), 1)).toBe('invalid');
    expect(clientAddress(request('10.0.0.2', '<script>'), 1)).toBe('invalid');
  });

  test('a client cannot send the socket header itself: its name is random per process', () => {
    expect(peerHeader).toMatch(/^x-routine-guide-peer-[0-9a-f]{16}$/);
    const headers = new Headers({ 'x-routine-guide-peer': '1.2.3.4' });
    expect(clientAddress(headers, 0)).toBe('unknown');
  });
});
