import fc from 'fast-check';
import type { GuideDoc, JSONNode, Mark } from '@/lib/doc/types';

// Generated guide documents and edits for the diff tests (not a test file itself).

export const WORDS = [
  'Søk',
  'først',
  'for',
  'å',
  'unngå',
  'duplikater',
  'firma',
  'kontakt',
  'blåbær',
  'møte',
  'ære',
  'Register',
  'the',
  'company',
  'card',
  'owner',
  'sales',
  'manager',
  'CRM',
  'SuperOffice',
  'org.nr',
  '2027',
  'a',
  'and',
  'then',
  'save',
  'e-post',
  'Ola',
  'Kari',
  'Nordmann',
  'prosjekt',
  'salg',
];
const PUNCT = ['.', ',', ':', ';', '!', '?', '(', ')', '–', '"'];
const MARKS: Mark[][] = [
  [],
  [],
  [],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'code' }],
  [{ type: 'link', attrs: { href: 'https://example.com/a' } }],
  [{ type: 'link', attrs: { href: 'https://example.com/b' } }],
];

const arbWord = fc.constantFrom(...WORDS);

export const arbSentence = fc
  .array(
    fc.tuple(arbWord, fc.option(fc.constantFrom(...PUNCT), { freq: 4 }), fc.constantFrom(' ', ' ', ' ', '  ', '\n')),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.map(([w, p, s], i) => `${w}${p ?? ''}${i < parts.length - 1 ? s : ''}`).join(''));

const arbTextNode: fc.Arbitrary<JSONNode> = fc
  .tuple(arbSentence, fc.constantFrom(...MARKS))
  .map(([text, marks]) => (marks.length ? { type: 'text', text, marks } : { type: 'text', text }));

const arbInline = fc.array(arbTextNode, { minLength: 1, maxLength: 3 }).map((nodes) => {
  // Adjacent text nodes get a space between them, as an editor would have.
  return nodes.map((node, i) => (i < nodes.length - 1 ? { ...node, text: `${node.text} ` } : node));
});

const arbParagraph: fc.Arbitrary<JSONNode> = arbInline.map((content) => ({ type: 'paragraph', content }));
const arbHeading: fc.Arbitrary<JSONNode> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), arbSentence)
  .map(([level, text]) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] }));
const arbList: fc.Arbitrary<JSONNode> = fc
  .tuple(fc.boolean(), fc.array(arbParagraph, { minLength: 1, maxLength: 4 }))
  .map(([ordered, items]) => ({
    type: ordered ? 'orderedList' : 'bulletList',
    ...(ordered ? { attrs: { start: 1 } } : {}),
    content: items.map((item) => ({ type: 'listItem', content: [item] })),
  }));
const arbOrderedList: fc.Arbitrary<JSONNode> = fc.array(arbParagraph, { minLength: 1, maxLength: 4 }).map((items) => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((item) => ({ type: 'listItem', content: [item] })),
}));
const arbCallout: fc.Arbitrary<JSONNode> = fc
  .tuple(fc.constantFrom('note', 'tip', 'warning'), fc.array(arbParagraph, { minLength: 1, maxLength: 2 }))
  .map(([kind, content]) => ({ type: 'callout', attrs: { kind }, content }));
const arbCode: fc.Arbitrary<JSONNode> = arbSentence.map((text) => ({
  type: 'codeBlock',
  attrs: { language: 'sql' },
  content: [{ type: 'text', text }],
}));
const arbRule: fc.Arbitrary<JSONNode> = fc.constant({ type: 'horizontalRule' });

const OWNERS = ['Sales manager', 'Kari Nordmann', 'Ola', 'Support'];
const arbRoutine: fc.Arbitrary<JSONNode> = fc
  .tuple(
    arbSentence,
    fc.constantFrom(...OWNERS),
    fc.array(arbOrderedList, { minLength: 0, maxLength: 1 }),
    fc.array(arbParagraph, { minLength: 1, maxLength: 3 }),
  )
  .map(([title, owner, lists, paragraphs]) => ({
    type: 'routine',
    attrs: { id: 'pending', title, what: 'Firmakort', owner, ownerEmail: null, reviewBy: '2027-03-01' },
    content: [...paragraphs, ...lists],
  }));

export const arbBlock: fc.Arbitrary<JSONNode> = fc.oneof(
  { arbitrary: arbParagraph, weight: 4 },
  { arbitrary: arbHeading, weight: 2 },
  { arbitrary: arbList, weight: 2 },
  { arbitrary: arbRoutine, weight: 3 },
  { arbitrary: arbCallout, weight: 1 },
  { arbitrary: arbCode, weight: 1 },
  { arbitrary: arbRule, weight: 1 },
);

/** Gives routines unique ids in document order: the document model requires it. */
function numberRoutines(content: JSONNode[], prefix = 'r'): JSONNode[] {
  let n = 0;
  return content.map((node) =>
    node.type === 'routine' ? { ...node, attrs: { ...node.attrs, id: `${prefix}-${n++}` } } : node,
  );
}

export const arbDoc: fc.Arbitrary<GuideDoc> = fc
  .array(arbBlock, { minLength: 0, maxLength: 14 })
  .map((content) => ({ type: 'doc', content: numberRoutines(content) }));

export type Edit =
  | { kind: 'insert'; at: number; block: JSONNode }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'words'; at: number; node: number; word: number; change: 'replace' | 'insert' | 'delete'; value: string }
  | { kind: 'attr'; at: number; name: 'owner' | 'title' | 'what' | 'reviewBy' | 'level'; value: string }
  | { kind: 'mark'; at: number; node: number };

const nat = fc.nat({ max: 1000 });
export const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: nat, block: arbBlock }),
  fc.record({ kind: fc.constant('delete' as const), at: nat }),
  fc.record({ kind: fc.constant('move' as const), from: nat, to: nat }),
  fc.record({
    kind: fc.constant('words' as const),
    at: nat,
    node: nat,
    word: nat,
    change: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const),
    value: arbWord,
  }),
  fc.record({
    kind: fc.constant('attr' as const),
    at: nat,
    name: fc.constantFrom('owner' as const, 'title' as const, 'what' as const, 'reviewBy' as const, 'level' as const),
    value: fc.constantFrom('Ola', 'Support', 'Kontaktkort', '2028-01-01', '3'),
  }),
  fc.record({ kind: fc.constant('mark' as const), at: nat, node: nat }),
);

function textNodes(node: JSONNode, out: JSONNode[] = []): JSONNode[] {
  if (node.type === 'text') out.push(node);
  for (const child of node.content ?? []) textNodes(child, out);
  return out;
}

let freshIds = 0;

/** Applies edits to a copy of the document. */
export function applyEdits(doc: GuideDoc, edits: readonly Edit[]): GuideDoc {
  const content: JSONNode[] = structuredClone(doc.content);
  for (const edit of edits) {
    const n = content.length;
    switch (edit.kind) {
      case 'insert': {
        const block = structuredClone(edit.block);
        if (block.type === 'routine') block.attrs = { ...block.attrs, id: `new-${freshIds++}` };
        content.splice(edit.at % (n + 1), 0, block);
        break;
      }
      case 'delete':
        if (n > 0) content.splice(edit.at % n, 1);
        break;
      case 'move':
        if (n > 1) {
          const [block] = content.splice(edit.from % n, 1);
          content.splice(edit.to % n, 0, block);
        }
        break;
      case 'words': {
        if (n === 0) break;
        const nodes = textNodes(content[edit.at % n]);
        if (nodes.length === 0) break;
        const node = nodes[edit.node % nodes.length];
        const words = (node.text ?? '').split(' ');
        const k = edit.word % words.length;
        if (edit.change === 'replace') words[k] = edit.value;
        else if (edit.change === 'insert') words.splice(k, 0, edit.value);
        else if (words.length > 1) words.splice(k, 1);
        node.text = words.join(' ') || edit.value;
        break;
      }
      case 'attr': {
        if (n === 0) break;
        const block = content[edit.at % n];
        if (block.type === 'routine' && edit.name !== 'level')
          block.attrs = { ...block.attrs, [edit.name]: edit.value };
        if (block.type === 'heading' && edit.name === 'level')
          block.attrs = { ...block.attrs, level: Number(edit.value) };
        break;
      }
      case 'mark': {
        if (n === 0) break;
        const nodes = textNodes(content[edit.at % n]);
        if (nodes.length === 0) break;
        const node = nodes[edit.node % nodes.length];
        node.marks = node.marks?.length ? undefined : [{ type: 'bold' }];
        if (!node.marks) delete node.marks;
        break;
      }
    }
  }
  return { type: 'doc', content };
}
