/**
 * Escaping as the HTML serialization algorithm does it (and happy-dom's innerHTML, which the reader
 * page used before): text escapes & < > and no-break spaces, attribute values & and ".
 */
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;' };

export function escapeText(value: string): string {
  return value.replace(/[&<>\u00a0]/g, (char) => TEXT_ESCAPES[char]);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, (char) => ATTRIBUTE_ESCAPES[char]);
}

/** A style attribute the way a DOM writes it back: "name: value;" declarations, one space apart. */
export function normalizeStyle(css: string): string {
  return css
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon === -1) return '';
      const name = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      return name && value ? `${name}: ${value};` : '';
    })
    .filter(Boolean)
    .join(' ');
}
