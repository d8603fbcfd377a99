/**
 * Which addresses a guide may link to or load images from. Shared by the editor (refuses bad links
 * as they are typed or pasted), the validator (refuses bad documents on save) and the renderer
 * (drops anything that slipped through), so the three can never disagree.
 */

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

// Browsers drop leading/trailing C0 controls and spaces and remove tabs and newlines anywhere in a
// URL before they read the scheme. We remove those (and other invisible characters) before reading
// it too, so " https://x" counts as https. Safety does not rest on this: any colon before the first
// "/", "?" or "#" makes the address absolute, and then only an exact allowed scheme passes, so
// "java\tscript:" or "\u0000javascript:" are refused whichever way they are read.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** The scheme a browser would use for this address, lowercased, or null for a relative address. */
function urlScheme(raw: string): string | null {
  const probe = raw.replace(INVISIBLE, '');
  const firstSegment = probe.split(/[/?#]/, 1)[0];
  const colon = firstSegment.indexOf(':');
  if (colon === -1) return null;
  return firstSegment.slice(0, colon).toLowerCase();
}

function allowed(raw: unknown, schemes: Set<string>): raw is string {
  if (typeof raw !== 'string' || raw.trim() === '') return false;
  const scheme = urlScheme(raw);
  return scheme === null || schemes.has(scheme);
}

/** Links: http, https, mailto, tel, or a relative address ("/x", "../x", "#anchor", "page"). */
export function isAllowedHref(raw: unknown): raw is string {
  return allowed(raw, LINK_SCHEMES);
}

/** Images: http, https or relative; never data:, blob: or anything else. */
export function isAllowedImageSrc(raw: unknown): raw is string {
  return allowed(raw, IMAGE_SCHEMES);
}

/** Links that leave the app (absolute http(s) or protocol-relative "//host"). */
export function isExternalHref(raw: string): boolean {
  const scheme = urlScheme(raw);
  if (scheme === 'http' || scheme === 'https') return true;
  return scheme === null && /^[/\\]{2}/.test(raw.replace(INVISIBLE, ''));
}
