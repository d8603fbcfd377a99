/** Recognizing single HTML tags in plain Markdown, where `<Note>` arrives as raw HTML. */

// CommonMark HTML blocks of kinds 1-5, which run to their own end marker rather than a blank line.
export const RAW_HTML = /^\s*<(?:!|\?|(?:pre|script|style|textarea)(?:[\s>]|$))/i;

// A single complete HTML tag (name, optional attributes, optional self-closing slash).
const SINGLE_TAG =
  /^<(\/?)([A-Za-z][\w.:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>$/;

export type TagInfo = { name: string; closing: boolean; selfClosing: boolean; hasAttributes: boolean };

export function singleTag(text: string): TagInfo | null {
  const match = SINGLE_TAG.exec(text);
  if (!match) return null;
  const [, slash, name, attributes, selfClosing] = match;
  if (slash && (attributes.trim() || selfClosing)) return null;
  return { name, closing: slash === '/', selfClosing: selfClosing === '/', hasAttributes: attributes.trim() !== '' };
}

// Authors indent the Markdown inside `<Note>` for readability; without the common indentation it
// is not mistaken for an indented code block.
export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return common === 0 ? text : lines.map((line) => line.slice(Math.min(common, line.length))).join('\n');
}

// HTML comments, with their line breaks kept so the lines after them keep their numbers.
export function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };

/** One attribute (a plain name such as `href`) of an HTML tag as written, or null. */
export function htmlAttribute(tagText: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(tagText);
  if (!match) return null;
  const value = match[1] ?? match[2] ?? match[3] ?? '';
  return value.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, entity: string) => ENTITIES[entity]);
}
