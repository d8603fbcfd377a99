import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { renderGuideHtml } from '@/lib/render/html';
import { outline } from '@/lib/doc/outline';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { callout, doc, fullGuide, h, image, link, nbRenderLabels, p, routine, text } from './doc-fixtures';

const labels = nbRenderLabels;

function parse(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

function render(guide: GuideDoc, owners?: Map<string, string>): Document {
  return parse(renderGuideHtml(guide, labels, owners));
}

/** Every way rendered content could run script: script elements, handlers, script URLs. */
function scriptVectors(document: Document): string[] {
  const found: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'base', 'form', 'meta'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(element.attributes)) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))
      ) {
        found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'><svg onload=alert(1)>';

describe('renderGuideHtml escapes hostile content', () => {
  it('keeps markup typed as text as text', () => {
    const dom = render(
      doc(h(2, hostile), p(hostile), { type: 'codeBlock', attrs: { language: null }, content: [text(hostile)] }),
    );
    expect(scriptVectors(dom)).toEqual([]);
    expect(dom.querySelector('h2')?.textContent).toBe(hostile);
    expect(dom.querySelector('p')?.textContent).toBe(hostile);
    expect(dom.querySelector('pre code')?.textContent).toBe(hostile);
  });

  it('keeps hostile attribute values inside their attributes', () => {
    const guide = doc(
      p(image('/a.png" onerror="alert(1)', `x" onerror="alert(1)`)),
      p(
        text('lenke', [
          { type: 'link', attrs: { href: '/ok" onclick="alert(1)', title: `"><script>alert(1)</script>` } },
        ]),
      ),
      routine({
        id: 'r',
        title: hostile,
        what: `" onmouseover="alert(1)`,
        owner: hostile,
        ownerEmail: 'a@b.no',
        reviewBy: '2027-01-01',
      }),
    );
    const dom = render(guide);
    expect(scriptVectors(dom)).toEqual([]);
    expect(dom.querySelector('img')?.getAttribute('alt')).toBe('x" onerror="alert(1)');
    expect(dom.querySelector('a')?.getAttribute('title')).toBe('"><script>alert(1)</script>');
    expect(dom.querySelector('.routine-title')?.textContent).toBe(hostile);
    expect(dom.querySelector('section')?.getAttribute('data-what')).toBe('" onmouseover="alert(1)');
  });

  it('drops links and images with script or data addresses even if they were never validated', () => {
    const guide = doc(
      p(
        link('a', 'javascript:alert(1)'),
        ' ',
        link('b', ' JaVaScRiPt:alert(1)'),
        ' ',
        link('c', 'java\tscript:alert(1)'),
        ' ',
        link('d', 'data:text/html,x'),
      ),
      p(
        link('e', 'vbscript:msgbox(1)'),
        image('javascript:alert(1)', 'bilde'),
        image('data:image/svg+xml,<svg onload=alert(1)>'),
      ),
    );
    const dom = render(guide);
    expect(scriptVectors(dom)).toEqual([]);
    expect(dom.querySelectorAll('a')).toHaveLength(0);
    expect(dom.querySelectorAll('img')).toHaveLength(0);
    // The words stay, so nothing the author wrote disappears.
    expect(Array.from(dom.querySelectorAll('p')).map((el) => el.textContent)).toEqual(['a b c d', 'ebilde']);
  });

  it('renders a full guide without any script vector', () => {
    expect(scriptVectors(render(fullGuide()))).toEqual([]);
  });
});

describe('renderGuideHtml links', () => {
  it('marks external links noopener noreferrer and leaves internal ones alone', () => {
    const dom = render(
      doc(
        p(
          link('ext', 'https://example.com'),
          link('proto', '//cdn.example.com/x'),
          link('int', '/guides/2'),
          link('anchor', '#h-x'),
          link('mail', 'mailto:a@b.no'),
        ),
      ),
    );
    const rel = (name: string) =>
      Array.from(dom.querySelectorAll('a'))
        .find((a) => a.textContent === name)
        ?.getAttribute('rel') ?? null;
    expect(rel('ext')).toBe('noopener noreferrer');
    expect(rel('proto')).toBe('noopener noreferrer');
    expect(rel('int')).toBeNull();
    expect(rel('anchor')).toBeNull();
    expect(rel('mail')).toBeNull();
  });

  it('ignores stored target, rel and class', () => {
    const guide = doc(
      p(
        text('x', [
          {
            type: 'link',
            attrs: { href: 'https://example.com', target: '_top', rel: 'opener', class: 'evil' },
          } as never,
        ]),
      ),
    );
    const a = render(guide).querySelector('a');
    expect(a?.getAttribute('target')).toBeNull();
    expect(a?.getAttribute('class')).toBeNull();
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('renderGuideHtml anchors', () => {
  it('gives every heading and routine the id the table of contents links to', () => {
    const guide = doc(
      h(2, 'Firma'),
      h(2, 'Firma'),
      h(3, ''),
      callout('note', h(3, 'Før møtet')),
      routine({ id: 'nytt-firma', title: 'Nytt firma' }, h(4, 'Firma')),
      h(2, 'Firma 2'),
    );
    const dom = render(guide);
    const renderedIds = Array.from(dom.querySelectorAll('h1, h2, h3, h4, section.routine'))
      .map((el) => el.getAttribute('id'))
      .filter((id) => id !== 'h-section');
    expect(renderedIds).toEqual(outline(guide).map((entry) => entry.id));
    expect(new Set(renderedIds).size).toBe(renderedIds.length);
    for (const entry of outline(guide)) expect(dom.getElementById(entry.id)).not.toBeNull();
  });
});

describe('renderGuideHtml routines and callouts', () => {
  it('renders a routine header with labels, the owner’s current name and the review date', () => {
    const guide = doc(
      routine(
        {
          id: 'nytt-firma',
          title: 'Registrere nytt firma',
          what: 'Firmakort',
          owner: 'Kari',
          ownerEmail: 'kari@example.com',
          reviewBy: '2027-03-01',
        },
        p('Søk først.'),
      ),
    );
    const dom = render(guide, new Map([['kari@example.com', 'Kari Nordmann-Hansen']]));
    const section = dom.querySelector('section.routine');
    expect(section?.getAttribute('id')).toBe('routine-nytt-firma');
    expect(section?.getAttribute('data-routine-id')).toBe('nytt-firma');
    expect(section?.querySelector('header .routine-title')?.textContent).toBe('Registrere nytt firma');
    const meta = Array.from(section?.querySelectorAll('dl.routine-meta > div') ?? []).map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(meta).toEqual([
      ['Hva', 'Firmakort'],
      ['Eier', 'Kari Nordmann-Hansen'],
      ['Revideres innen', '1. mars 2027'],
    ]);
    expect(section?.querySelector('time')?.getAttribute('datetime')).toBe('2027-03-01');
    expect(section?.querySelector('.routine-body')?.textContent).toBe('Søk først.');
  });

  it('shows the stored owner when the e-mail is not a known user, and leaves out empty lines', () => {
    const guide = doc(routine({ id: 'r', title: 'R', owner: 'Salgssjef', ownerEmail: 'gone@example.com' }));
    const dom = render(guide, new Map([['kari@example.com', 'Kari']]));
    const labelsShown = Array.from(dom.querySelectorAll('dt')).map((dt) => dt.textContent);
    expect(labelsShown).toEqual(['Eier']);
    expect(dom.querySelector('dd')?.textContent).toBe('Salgssjef');
  });

  it('renders callouts as labelled notes in the reader’s language', () => {
    const dom = render(doc(callout('warning', p('Ikke slett firma.'))));
    const aside = dom.querySelector('aside');
    expect(aside?.getAttribute('class')).toBe('callout callout-warning');
    expect(aside?.getAttribute('data-callout')).toBe('warning');
    expect(aside?.getAttribute('role')).toBe('note');
    expect(aside?.querySelector('.callout-label')?.textContent).toBe('Advarsel');
    expect(aside?.querySelector('.callout-body')?.textContent).toBe('Ikke slett firma.');
  });

  it('renders tables inside a scrollable wrapper and inline images inside text', () => {
    const dom = render(fullGuide());
    expect(dom.querySelector('div.tableWrapper > table th')?.textContent).toBe('Felt');
    expect(dom.querySelector('p > img')?.getAttribute('alt')).toBe('Skjermbilde av firmakortet');
  });

  it('does not change the document it renders', () => {
    const guide = fullGuide();
    const before = JSON.stringify(guide);
    renderGuideHtml(guide, labels);
    expect(JSON.stringify(guide)).toBe(before);
  });

  it('refuses content the schema does not know rather than guessing', () => {
    expect(() => renderGuideHtml(doc({ type: 'iframe' } as JSONNode), labels)).toThrow();
  });
});
