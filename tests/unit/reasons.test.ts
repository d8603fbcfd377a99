/**
 * Every reason the document validator and the Markdown importer can give is a message key with
 * values, worded in both languages: each key is produced by some input here, and each formats in
 * English and in Norwegian with the values the code passes (a missing value fails).
 */
import { describe, expect, test } from 'vitest';
import { ATTRIBUTE_CHECKS, MAX_DOC_BYTES, validateDoc, type DocIssue } from '@/lib/doc/validate';
import { importMarkdown, MarkdownImportError } from '@/lib/markdown';
import { prepareImport, type TitleSource } from '@/lib/guide-import';
import { importMessage, type ImportMessage } from '@/lib/markdown/errors';
import { MARKDOWN_LIMITS, markdownLimitProblem } from '@/lib/markdown/limits';
import type { JSONNode } from '@/lib/doc/types';
import enDocument from '@/messages/en/document.json';
import enImport from '@/messages/en/import.json';
import { doc, h, image, link, p, routine, text } from './doc-fixtures';
import { reasonIn } from '../helpers/reasons';

// Fallbacks no input reaches today: kept so a new failure has words rather than a raw English error.
const UNREACHABLE = new Set(['document.badStructure', 'import.notMarkdown', 'import.unsupported']);

function issueOf(input: unknown): DocIssue {
  const result = validateDoc(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issue;
}

const nested = (depth: number): JSONNode => {
  let node: JSONNode = p('deep');
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return node;
};
const circular: Record<string, unknown> = { type: 'doc', content: [] };
circular.self = circular;
const routineWith = (attrs: Record<string, unknown>) =>
  doc({ type: 'routine', attrs: { id: 'a', title: 'A', what: '', owner: '', ...attrs }, content: [p('x')] });
const bold = { type: 'bold' } as const;

const DOCUMENTS: [DocIssue['key'], () => unknown][] = [
  ['document.notJson', () => undefined],
  ['document.notJsonOrTooDeep', () => circular],
  ['document.tooLarge', () => doc(p('x'.repeat(MAX_DOC_BYTES)))],
  ['document.notADoc', () => null],
  ['document.noContent', () => ({ type: 'doc' })],
  ['document.tooDeep', () => doc(nested(150))],
  ['document.notANode', () => ({ type: 'doc', content: ['x'] })],
  ['document.unexpectedNodeField', () => doc({ type: 'paragraph', html: 'x' } as JSONNode)],
  ['document.unknownNode', () => doc({ type: 'iframe' })],
  ['document.emptyText', () => doc(p(text('')))],
  ['document.textWithContent', () => doc(p({ type: 'text', text: 'x', attrs: {} }))],
  ['document.textInNode', () => doc({ type: 'paragraph', text: 'x' } as JSONNode)],
  ['document.contentNotList', () => doc({ type: 'paragraph', content: 'x' } as never)],
  ['document.marksNotList', () => doc(p({ type: 'text', text: 'x', marks: 'bold' } as never))],
  ['document.notAMark', () => doc(p({ type: 'text', text: 'x', marks: ['bold'] } as never))],
  ['document.unexpectedMarkField', () => doc(p(text('x', [{ type: 'bold', x: 1 } as never])))],
  ['document.unknownMark', () => doc(p(text('x', [{ type: 'script' } as never])))],
  ['document.attrsNotObject', () => doc({ type: 'paragraph', attrs: [] as never, content: [] })],
  ['document.unknownAttribute', () => doc({ type: 'paragraph', attrs: { onclick: 'x' }, content: [] })],
  ['document.noAttributeRule', () => doc(h(2, 'x'))], // with the rule for heading levels taken away, below
  ['document.duplicateRoutineId', () => doc(routine({ id: 'a' }), routine({ id: 'a' }))],
  ['document.badContent', () => doc()],
  ['document.badMarks', () => doc(p(text('x', [bold, bold])))],
  ['document.attrNotText', () => doc(p({ ...image('/a.png'), attrs: { src: '/a.png', alt: 42 } }))],
  ['document.attrTooLong', () => doc(p(text('x', [{ type: 'link', attrs: { href: '/', title: 'x'.repeat(1001) } }])))],
  ['document.notWholeNumber', () => doc({ type: 'orderedList', attrs: { start: -1 }, content: [] })],
  ['document.notOneOf', () => doc(h(5, 'x'))],
  ['document.notPixels', () => doc(p({ type: 'image', attrs: { src: '/a.png', width: 'wide' } }))],
  ['document.badColumnWidths', () => doc({ type: 'tableCell', attrs: { colwidth: 'x' }, content: [p('x')] })],
  ['document.badCodeLanguage', () => doc({ type: 'codeBlock', attrs: { language: 'js" x' } })],
  ['document.imageNoSource', () => doc(p(image('')))],
  ['document.badImageSource', () => doc(p(image('javascript:alert(1)')))],
  ['document.linkNoAddress', () => doc(p(link('x', '')))],
  ['document.badLink', () => doc(p(link('x', 'javascript:alert(1)')))],
  ['document.linkAttributeNotAllowed', () => doc(p(text('x', [{ type: 'link', attrs: { href: '/', class: 'btn' } }])))],
  ['document.routineNoId', () => routineWith({ id: '' })],
  ['document.badRoutineId', () => routineWith({ id: 'Ny Kunde' })],
  ['document.routineFieldNotText', () => routineWith({ title: 42 })],
  ['document.routineFieldTooLong', () => routineWith({ what: 'x'.repeat(501) })],
  ['document.badOwnerEmail', () => routineWith({ ownerEmail: 'kari' })],
  ['document.badReviewBy', () => routineWith({ reviewBy: '2027-02-30' })],
];

function issueWithoutHeadingRule(input: unknown): DocIssue {
  const rules = ATTRIBUTE_CHECKS.heading;
  ATTRIBUTE_CHECKS.heading = {};
  try {
    return issueOf(input);
  } finally {
    ATTRIBUTE_CHECKS.heading = rules;
  }
}

/** Warnings of an import, or its error when the file cannot be read. */
function importReasons(source: string, fileName?: string, titleFrom?: TitleSource): ImportMessage[] {
  try {
    const prepared = prepareImport(source, fileName ?? 'guide.mdx', { titleFrom });
    if (!prepared.ok) return [prepared.error as ImportMessage];
    return prepared.warnings;
  } catch (error) {
    if (error instanceof MarkdownImportError) return [error.reason];
    throw error;
  }
}

const IMPORTS: [ImportMessage['key'], string, string?, TitleSource?][] = [
  ['import.notMdx', '## Svar {#reply}'],
  ['import.badYaml', '---\ntitle: a\ntitle: b\n---\nText'],
  ['import.frontMatterNotMap', '---\n- a\n---\nText'],
  [
    'import.duplicateRoutineId',
    '<Routine id="a" title="A">\nx\n</Routine>\n\n<Routine id="a" title="B">\ny\n</Routine>',
  ],
  ['import.badRoutineId', '<Routine id="Ny Kunde" title="A">\nx\n</Routine>'],
  ['import.unknownRoutineAttribute', '<Routine id="a" title="A" color="red">\nx\n</Routine>'],
  ['import.routineAttributeNotText', '<Routine id="a" title="A" owner>\nx\n</Routine>'],
  ['import.routineAttributeTwice', '<Routine id="a" title="A" title="B">\nx\n</Routine>'],
  ['import.calloutAttributes', '<Note type="x">\nHei\n</Note>'],
  ['import.unwrapped', '<Login />'],
  ['import.unclosedTag', '<Note>\n\nHei', 'a.md'],
  ['import.unopenedTag', 'Hei\n\n</Note>', 'a.md'],
  ['import.html', '<p>Første<br>andre', 'a.md'],
  ['import.unresolvedLink', '[a](../a.md)'],
  ['import.unresolvedAnchor', '[a](#mangler)'],
  ['import.unresolvedImage', '![a](bilde.png)'],
  ['import.noSuchTitle', 'Tekst uten overskrift', 'a.md', 'heading'],
  ['import.codeLanguageChanged', '```crmscript!\nx\n```'],
  ['import.codeLanguageDropped', '```!!!\nx\n```'],
  ['import.codeOptionsDropped', '```js title="a"\nx\n```'],
  ['import.mdxExpression', 'Verdi {1 + 1}'],
  ['import.mdxEsm', 'import A from "./a.md";\n\nText'],
  ['import.footnote', 'Tekst\n\n[^1]: Fotnote.', 'a.md'],
  ['import.footnoteReference', 'Tekst[^1]\n\n[^1]: Fotnote.', 'a.md'],
  ['import.taskCheckbox', '- [x] Ferdig'],
  ['import.linkNoAddress', '[tekst]()'],
  ['import.imageNoSource', '![bilde]()'],
  ['import.disallowedImage', '![bilde](data:image/png;base64,AAAA)'],
  ['import.disallowedLink', '[klikk](javascript:alert(1))'],
];

// Refusals before parsing (lib/markdown/limits.ts) and by the worker that parses
// (lib/server/markdown-worker.ts, run against a real server in tests/integration/import-limits).
const LIMITS: [ImportMessage['key'], ImportMessage][] = [
  ['import.tooLarge', markdownLimitProblem('x'.repeat(MARKDOWN_LIMITS.bytes + 1))!],
  ['import.tooManyLines', markdownLimitProblem('\n'.repeat(MARKDOWN_LIMITS.lines))!],
  ['import.tooDeep', markdownLimitProblem('>'.repeat(MARKDOWN_LIMITS.depth + 1))!],
  ['import.tookTooLong', importMessage(null, 'import.tookTooLong', { seconds: 10 })],
  ['import.tooMuchMemory', importMessage(null, 'import.tooMuchMemory', { limit: 256 })],
  ['import.busy', importMessage(null, 'import.busy')],
];

/** Both languages word it, differently, with every value the message asks for. */
function expectWorded(reason: DocIssue | ImportMessage) {
  const en = reasonIn('en', reason);
  const nb = reasonIn('nb', reason);
  expect(en).not.toContain(reason.key);
  expect(nb).not.toBe(en);
  return { en, nb };
}

describe('document validator reasons', () => {
  test.each(DOCUMENTS)('%s', (key, make) => {
    const issue = key === 'document.noAttributeRule' ? issueWithoutHeadingRule(make()) : issueOf(make());
    expect(issue.key).toBe(key);
    expectWorded(issue);
  });

  test('every key of the document catalogue is one of them', () => {
    const tested = new Set<string>(DOCUMENTS.map(([key]) => key));
    const all = Object.keys(enDocument).map((key) => `document.${key}`);
    expect(all.filter((key) => !tested.has(key) && !UNREACHABLE.has(key))).toEqual([]);
  });

  test('the path names the part that was refused', () => {
    expect(issueOf(doc(p('ok'), p(link('x', 'javascript:alert(1)'))))).toMatchObject({
      key: 'document.badLink',
      values: { href: 'javascript:alert(1)' },
      path: ['content', 1, 'content', 0, 'marks', 0, 'attrs', 'href'],
    });
  });

  test('a Norwegian reader reads the reason in Norwegian', () => {
    expect(reasonIn('nb', issueOf(doc(p(link('x', 'javascript:alert(1)')))))).toBe(
      'Lenken «javascript:alert(1)» er ikke tillatt: bruk http, https, mailto, tel eller en relativ lenke',
    );
    expect(reasonIn('nb', issueOf(doc(h(5, 'x'))))).toBe('Overskriftsnivå 5 er ikke en av 1, 2, 3, 4');
  });
});

describe('Markdown import reasons', () => {
  test.each(IMPORTS)('%s', (key, source, fileName, titleFrom) => {
    const reasons = importReasons(source, fileName, titleFrom);
    const reason = reasons.find((r) => r.key === key);
    expect(reason, JSON.stringify(reasons)).toBeDefined();
    expectWorded(reason!);
  });

  test.each(LIMITS)('%s', (key, reason) => {
    expect(reason.key).toBe(key);
    expectWorded(reason);
  });

  test('every key of the import catalogue is one of them', () => {
    const tested = new Set<string>([...IMPORTS, ...LIMITS].map(([key]) => key));
    const all = Object.keys(enImport)
      .filter((key) => key !== 'atLine')
      .map((key) => `import.${key}`);
    expect(all.filter((key) => !tested.has(key) && !UNREACHABLE.has(key))).toEqual([]);
  });

  test('the line number is a value, placed by each language', () => {
    const [warning] = importMarkdown('Tekst\n\n<Login />').warnings;
    expect(warning).toMatchObject({ key: 'import.unwrapped', line: 3, values: { tag: '<Login>', count: 1 } });
    expect(reasonIn('en', warning)).toBe(
      'Line 3: <Login> is not a guide element: its markup was left out and its text and links kept (1 time)',
    );
    expect(reasonIn('nb', warning)).toBe(
      'Linje 3: <Login> er ikke et element i veiledninger: koden ble utelatt, teksten og lenkene beholdt (1 gang)',
    );
  });
});
