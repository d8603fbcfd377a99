import { blockPlainText } from '@/lib/doc/text';
import type { GuideDoc, JSONNode, RoutineAttrs } from '@/lib/doc/types';

/** A routine id: lowercase letters, digits and single dashes, as used in `#routine-<id>` anchors. */
const ROUTINE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ROUTINE_ID_MAX_LENGTH = 80;
const SLUG_MAX_LENGTH = 60;

// Letters that Unicode decomposition does not reduce to ASCII; the Nordic ones are spelled the way
// Norwegians transliterate them (æ -> ae, ø -> o, å -> a).
const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ß: 'ss',
  ð: 'd',
  đ: 'd',
  þ: 'th',
  œ: 'oe',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  ŋ: 'ng',
};

/** "Registrere nytt firma – før møtet" -> "registrere-nytt-firma-for-motet". May return ''. */
export function slugify(text: string): string {
  let mapped = '';
  for (const ch of text.toLowerCase()) mapped += TRANSLITERATION[ch] ?? ch;
  const slug = mapped
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
}

export function isRoutineId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= ROUTINE_ID_MAX_LENGTH && ROUTINE_ID_PATTERN.test(id);
}

/** A routine id from the title, made unique among `existingIds` with -2, -3, ... */
export function newRoutineId(title: string, existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  const base = slugify(title) || 'routine';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type RoutineSummary = RoutineAttrs & { text: string };

function stringAttr(attrs: Record<string, unknown> | undefined, name: string): string {
  const value = attrs?.[name];
  return typeof value === 'string' ? value : '';
}

function nullableAttr(attrs: Record<string, unknown> | undefined, name: string): string | null {
  const value = attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function routineAttrs(node: JSONNode): RoutineAttrs {
  return {
    id: stringAttr(node.attrs, 'id'),
    title: stringAttr(node.attrs, 'title'),
    what: stringAttr(node.attrs, 'what'),
    owner: stringAttr(node.attrs, 'owner'),
    ownerEmail: nullableAttr(node.attrs, 'ownerEmail'),
    reviewBy: nullableAttr(node.attrs, 'reviewBy'),
  };
}

/** Every routine in document order (nested ones too), for the owners list and the search index. */
export function listRoutines(doc: GuideDoc): RoutineSummary[] {
  const found: RoutineSummary[] = [];
  const visit = (node: JSONNode) => {
    if (node.type === 'routine') found.push({ ...routineAttrs(node), text: blockPlainText(node) });
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return found;
}
