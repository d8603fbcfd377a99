import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_CHECKS, MAX_DOC_BYTES, guideSchema, validateDoc } from '@/lib/doc/validate';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { callout, doc, fullGuide, h, image, link, ol, p, routine, text } from './doc-fixtures';
import { english } from '../helpers/reasons';

/** The reason as an English-speaking user reads it. */
function errorOf(input: unknown): string {
  const result = validateDoc(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return english(result.issue);
}

describe('schema round trip', () => {
  it('builds every node and mark of a full guide from JSON, and back to the same JSON', () => {
    const schema = guideSchema();
    const guide = fullGuide();
    const node = schema.nodeFromJSON(guide);
    expect(() => node.check()).not.toThrow();
    const again = schema.nodeFromJSON(node.toJSON());
    expect(again.eq(node)).toBe(true);
    expect(validateDoc(node.toJSON())).toEqual({ ok: true, doc: node.toJSON() });
  });

  it('has a validation rule for every attribute of every node and mark in the schema', () => {
    const schema = guideSchema();
    const missing: string[] = [];
    for (const type of [...Object.values(schema.nodes), ...Object.values(schema.marks)]) {
      for (const attr of Object.keys(type.spec.attrs ?? {})) {
        if (!ATTRIBUTE_CHECKS[type.name]?.[attr]) missing.push(`${type.name}.${attr}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('validateDoc accepts', () => {
  it('a full guide and returns it unchanged', () => {
    const guide = fullGuide();
    expect(validateDoc(guide)).toEqual({ ok: true, doc: guide });
  });

  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    'mailto:kari@example.com',
    'tel:+47 22 00 00 00',
    '/guides/1',
    '../other',
    'page.html',
    '#h-firma',
    '?q=firma',
    '//cdn.example.com/x',
  ])('link %s', (href) => {
    expect(validateDoc(doc(p(link('x', href))))).toMatchObject({ ok: true });
  });

  it.each(['https://example.com/a.png', 'http://example.com/a.png', '/uploads/a.png', 'img/a.png'])(
    'image %s',
    (src) => {
      expect(validateDoc(doc(p(image(src))))).toMatchObject({ ok: true });
    },
  );

  it('routines without owner e-mail or review date', () => {
    expect(validateDoc(doc(routine({ id: 'a', title: 'A' }), routine({ id: 'a-2', title: 'A' })))).toMatchObject({
      ok: true,
    });
  });
});

describe('validateDoc refuses hostile links', () => {
  it('names the link and the allowed kinds in the message', () => {
    expect(errorOf(doc(p(link('x', 'javascript:alert(1)'))))).toBe(
      "Link 'javascript:alert(1)' is not allowed: use http, https, mailto, tel or a relative link",
    );
  });

  it.each([
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript\u00ad:alert(1)',
    '\ufeffJAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/x',
    'ftp://example.com',
  ])('%j', (href) => {
    expect(errorOf(doc(p(link('x', href))))).toMatch(
      /^Link '.*' is not allowed: use http, https, mailto, tel or a relative link$/s,
    );
  });

  it('shows control characters in the message instead of printing them', () => {
    expect(errorOf(doc(p(link('x', 'java\tscript:alert(1)'))))).toContain("Link 'java\\u0009script:alert(1)'");
  });

  it('links that set target, rel or class (issue 10 item 12): the app decides how links open and look', () => {
    const withAttr = (attrs: Record<string, string>) =>
      doc(p(text('Logg inn', [{ type: 'link', attrs: { href: 'https://example.com', ...attrs } }])));
    expect(errorOf(withAttr({ class: 'button primary' }))).toBe(
      `Links cannot set "class" (here 'button primary'): the app decides how links open and look`,
    );
    expect(errorOf(withAttr({ target: '_top' }))).toContain('Links cannot set "target"');
    expect(errorOf(withAttr({ rel: 'opener' }))).toContain('Links cannot set "rel"');
    // What the editor sends: the attributes present, and empty.
    expect(
      validateDoc(doc(p(text('x', [{ type: 'link', attrs: { href: '/', target: null, rel: null, class: null } }])))),
    ).toMatchObject({ ok: true });
  });

  it('links without an address', () => {
    expect(errorOf(doc(p(text('x', [{ type: 'link', attrs: { href: '' } }]))))).toBe('A link has no address');
    expect(errorOf(doc(p(text('x', [{ type: 'link' } as never]))))).toBe('A link has no address');
  });

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    ' jAvAsCrIpT:alert(1)',
    'blob:https://x/y',
    'mailto:a@b.c',
  ])('image source %j', (src) => {
    expect(errorOf(doc(p(image(src))))).toMatch(/^Image source '.*' is not allowed/);
  });
});

describe('validateDoc refuses malformed documents', () => {
  it.each([
    [null, "The document must be an object of type 'doc'"],
    ['<p>hi</p>', "The document must be an object of type 'doc'"],
    [[], "The document must be an object of type 'doc'"],
    [{ type: 'paragraph', content: [] }, "The document must be an object of type 'doc'"],
    [{ type: 'doc' }, 'The document has no content list'],
  ])('%j', (input, message) => {
    expect(errorOf(input)).toBe(message);
  });

  it('unknown node types, marks and attributes', () => {
    expect(errorOf(doc({ type: 'iframe', attrs: { src: 'https://x' } }))).toBe("Unknown node type 'iframe'");
    expect(errorOf(doc(p(text('x', [{ type: 'script' } as never]))))).toBe("Unknown mark 'script'");
    expect(errorOf(doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('x')] }))).toBe(
      "Unknown attribute 'onclick' on node 'paragraph'",
    );
    expect(errorOf(doc(p(text('x', [{ type: 'link', attrs: { href: '/', style: 'x' } } as never]))))).toBe(
      "Unknown attribute 'style' on mark 'link'",
    );
  });

  it('unexpected fields, including one named __proto__', () => {
    expect(errorOf(doc({ type: 'paragraph', html: '<b>x</b>' } as JSONNode))).toBe(
      "Unexpected field 'html' on node 'paragraph'",
    );
    const parsed: unknown = JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}');
    expect(errorOf(parsed)).toBe("Unexpected field '__proto__' on node 'paragraph'");
  });

  it('node types that exist only on Object.prototype', () => {
    expect(errorOf(doc({ type: 'constructor' }))).toBe("Unknown node type 'constructor'");
    expect(errorOf(doc(p(text('x', [{ type: 'toString' } as never]))))).toBe("Unknown mark 'toString'");
  });

  it('attributes of the wrong type or range', () => {
    expect(errorOf(doc(h(5, 'x')))).toMatch(/^Heading level 5 is not one of 1, 2, 3, 4/);
    expect(errorOf(doc({ type: 'heading', attrs: { level: '2' }, content: [text('x')] }))).toMatch(
      /^Heading level 2 is not one of/,
    );
    expect(errorOf(doc(callout('danger' as never, p('x'))))).toMatch(/^Callout kind danger is not one of note, tip/);
    expect(errorOf(doc({ type: 'codeBlock', attrs: { language: 'js" onmouseover="x' }, content: [] }))).toMatch(
      /^Code block language .* is not a language name$/,
    );
    expect(
      errorOf(doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [p('x')] }] })),
    ).toMatch(/^A numbered list start must be a whole number/);
    expect(errorOf(doc({ type: 'paragraph', attrs: [] as never, content: [] }))).toBe(
      "The attributes of node 'paragraph' must be an object",
    );
  });

  it('content that does not fit the schema', () => {
    expect(errorOf(doc())).toMatch(/^The document structure is not valid: node 'doc' holds content it cannot have$/);
    expect(errorOf(doc(p(p('nested'))))).toMatch(/^The document structure is not valid/);
    expect(errorOf(doc(text('loose text')))).toMatch(/^The document structure is not valid/);
    expect(errorOf(doc({ type: 'bulletList', content: [p('not a list item')] }))).toMatch(
      /^The document structure is not valid/,
    );
    // Code blocks hold plain text only.
    expect(
      errorOf(doc({ type: 'codeBlock', attrs: { language: null }, content: [text('x', [{ type: 'bold' }])] })),
    ).toMatch(/^The document structure is not valid/);
    expect(errorOf(doc({ type: 'paragraph', marks: [{ type: 'bold' }], content: [text('x')] }))).toMatch(
      /^The document structure is not valid/,
    );
    expect(errorOf(doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] }))).toBe(
      'A text node must have non-empty text',
    );
    expect(errorOf(doc({ type: 'paragraph', text: 'x' } as JSONNode))).toBe(
      "Node 'paragraph' cannot have text; text goes in text nodes",
    );
  });

  it('documents nested too deeply, without overflowing the stack', () => {
    let node: JSONNode = p('deep');
    for (let i = 0; i < 150; i++) node = { type: 'blockquote', content: [node] };
    expect(errorOf(doc(node))).toBe('The document is nested more than 100 levels deep');

    let huge: JSONNode = p('deeper');
    for (let i = 0; i < 200_000; i++) huge = { type: 'blockquote', content: [huge] };
    expect(errorOf(doc(huge))).toMatch(/nested/);
  });

  it('documents larger than 5 MB', () => {
    const big = doc(p('x'.repeat(MAX_DOC_BYTES)));
    expect(errorOf(big)).toBe('The document is too large (5.0 MB; the limit is 5.0 MB)');
    const justUnder = doc(p('x'.repeat(MAX_DOC_BYTES - 100)));
    expect(validateDoc(justUnder)).toMatchObject({ ok: true });
  });

  it('counts bytes, not characters', () => {
    const nordic = doc(p('ø'.repeat(MAX_DOC_BYTES / 2)));
    expect(errorOf(nordic)).toMatch(/^The document is too large/);
  });
});

describe('validateDoc checks routines', () => {
  const withRoutine = (attrs: Record<string, unknown>): GuideDoc =>
    doc({ type: 'routine', attrs, content: [p('Step')] });
  const base = {
    id: 'nytt-firma',
    title: 'Nytt firma',
    what: 'Firmakort',
    owner: 'Salg',
    ownerEmail: null,
    reviewBy: null,
  };

  it('refuses two routines with one id', () => {
    expect(errorOf(doc(routine({ id: 'a', title: 'A' }), callout('note', routine({ id: 'a', title: 'B' }))))).toBe(
      "Two routines have the id 'a': each routine needs its own id",
    );
  });

  it.each(['Nytt firma', 'nytt_firma', 'nytt--firma', '-nytt', 'nytt-', 'nytt-firmaø', 'a'.repeat(81)])(
    'refuses id %j',
    (id) => {
      expect(errorOf(withRoutine({ ...base, id }))).toMatch(
        /^Routine id '.*' is not allowed: use lowercase letters, digits and dashes/,
      );
    },
  );

  it('refuses a routine without an id', () => {
    const { id: _id, ...rest } = base;
    expect(errorOf(withRoutine(rest))).toBe("Routine 'Nytt firma' has no id");
  });

  it.each(['2027-02-30', '27-03-01', '2027-3-1', '2027-03-01T00:00', '', 20270301])(
    'refuses review date %j',
    (reviewBy) => {
      expect(errorOf(withRoutine({ ...base, reviewBy }))).toMatch(
        /^Routine 'Nytt firma': review-by date '.*' is not a valid date \(use YYYY-MM-DD\)$/,
      );
    },
  );

  it('accepts a leap day', () => {
    expect(validateDoc(withRoutine({ ...base, reviewBy: '2028-02-29' }))).toMatchObject({ ok: true });
  });

  it.each(['kari', '', 'kari@', 'kari@example.com<script>', 42])('refuses owner e-mail %j', (ownerEmail) => {
    expect(errorOf(withRoutine({ ...base, ownerEmail }))).toMatch(
      /^Routine 'Nytt firma': owner e-mail '.*' is not a valid e-mail address$/,
    );
  });

  it('refuses a title that is not text', () => {
    expect(errorOf(withRoutine({ ...base, title: 42 }))).toBe("Routine 'nytt-firma': the title must be text");
  });

  it('refuses a routine with no content', () => {
    expect(errorOf(doc({ type: 'routine', attrs: base, content: [] }))).toMatch(/^The document structure is not valid/);
  });
});

describe('the editor-built shapes', () => {
  it('accepts an ordered list written without attributes and an empty heading', () => {
    expect(
      validateDoc(doc({ type: 'orderedList', content: [{ type: 'listItem', content: [p('x')] }] }, h(2, ''))),
    ).toMatchObject({
      ok: true,
    });
  });

  it('accepts list item content that starts with a paragraph and holds a nested list', () => {
    const nested = doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p('a'), ol('b')] }] });
    expect(validateDoc(nested)).toMatchObject({ ok: true });
  });
});
