// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CompareView, type CompareViewProps } from '@/components/compare/CompareView';
import { diffDocs } from '@/lib/diff';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { inEnglish, withCatalogue } from './compare-fixtures';
import { doc, h, ol, p, routine, text } from './doc-fixtures';

function render(a: GuideDoc, b: GuideDoc, props: Partial<CompareViewProps> = {}): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    inEnglish(
      createElement(CompareView, {
        diff: diffDocs(a, b),
        mode: 'inline',
        oldLabel: 'Version 1',
        newLabel: 'Version 3',
        sideHref: '/guides/1/compare?from=1&to=3&mode=side',
        inlineHref: '/guides/1/compare?from=1&to=3&mode=inline',
        ...props,
      }),
    ),
  );
  return host;
}

/** Text of <ins>/<del> elements without the hidden "inserted:"/"deleted:" prefix. */
function changedWords(root: Element, tag: 'ins' | 'del'): string[] {
  return Array.from(root.querySelectorAll(tag)).map((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.firstElementChild?.remove();
    return copy.textContent ?? '';
  });
}

const rows = (root: Element, status?: string) =>
  Array.from(root.querySelectorAll(status ? `[data-status="${status}"]` : '[data-status]'));

const table = (...rows: string[][]): JSONNode => ({
  type: 'table',
  content: rows.map((row, r) => ({
    type: 'tableRow',
    content: row.map((value) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [p(value)] })),
  })),
});

const company = (owner: string, ...steps: string[]) =>
  routine({ id: 'new-company', title: 'Register a new company', what: 'Company card', owner }, ol(...steps));

describe('CompareView markup', () => {
  it('marks a replaced word with <del> and <del> only in the old column, <ins> in the new', () => {
    const a = doc(p('Call the customer before noon.'));
    const b = doc(p('Email the customer before noon.'));
    const inline = render(a, b);
    expect(changedWords(inline, 'del')).toEqual(['Call']);
    expect(changedWords(inline, 'ins')).toEqual(['Email']);
    expect(inline.querySelector('del')?.textContent).toBe('deleted: Call');
    expect(inline.querySelector('ins')?.textContent).toBe('inserted: Email');

    const side = render(a, b, { mode: 'side' });
    const [oldCell, newCell] = Array.from(side.querySelectorAll('[data-status="changed"] > div > div'));
    expect(oldCell.textContent).toContain('Version 1');
    expect(changedWords(oldCell, 'del')).toEqual(['Call']);
    expect(oldCell.querySelector('ins')).toBeNull();
    expect(newCell.textContent).toContain('Version 3');
    expect(changedWords(newCell, 'ins')).toEqual(['Email']);
    expect(newCell.querySelector('del')).toBeNull();
  });

  it('shows routine steps numbered, with the changed words inside the changed step', () => {
    const root = render(
      doc(company('Sales', 'Search first.', 'Fill in the number.')),
      doc(company('Sales', 'Search first.', 'Fill in the org number.')),
    );
    const lines = Array.from(root.querySelectorAll('[data-status="changed"] [data-type="routine"] div > div'));
    expect(lines.map((l) => l.textContent)).toEqual(['1.Search first.', '2.Fill in the inserted: org number.']);
    expect(changedWords(lines[1], 'ins')).toEqual(['org ']);
    expect(root.textContent).toContain('Register a new company');
  });

  it('shows a changed table cell inside a table', () => {
    const root = render(
      doc(table(['Field', 'Owner'], ['Org number', 'Sales'])),
      doc(table(['Field', 'Owner'], ['Org number', 'Support'])),
    );
    const cells = Array.from(root.querySelectorAll('table td'));
    expect(cells).toHaveLength(2);
    expect(changedWords(cells[1], 'del')).toEqual(['Sales']);
    expect(changedWords(cells[1], 'ins')).toEqual(['Support']);
    expect(Array.from(root.querySelectorAll('table th')).map((th) => th.textContent)).toEqual(['Field', 'Owner']);
  });

  it('names an owner change in the summary and links it to the routine', () => {
    const root = render(doc(company('Kari Nordmann', 'Search first.')), doc(company('Sales manager', 'Search first.')));
    const summary = root.querySelector('section')!;
    expect(summary.querySelector('h2')?.textContent).toBe('Summary of changes');
    const items = Array.from(summary.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toContain('1 routine changed');
    // Each item starts like a sentence (inside a sentence elsewhere, the same phrase is in lower case).
    expect(items).toContain('Owner of “Register a new company”: Kari Nordmann → Sales manager');
    expect(summary.querySelector('strong')?.textContent).toBe('Kari Nordmann');
    const href = summary.querySelector('a')?.getAttribute('href') ?? '';
    expect(root.querySelector(`[id="${href.slice(1)}"]`)?.getAttribute('data-status')).toBe('changed');
    // The block lists the changed attribute too.
    expect(root.querySelector('[aria-label="Changed settings"]')?.textContent).toBe(
      'Owner: deleted: Kari Nordmann → inserted: Sales manager',
    );
  });

  it('collapses long unchanged stretches to a count, keeping one block next to each change', () => {
    const same = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => p(`Paragraph ${from + i}`));
    const a = doc(...same(0, 8), p('Old text.'), ...same(9, 14));
    const b = doc(...same(0, 8), p('New text.'), ...same(9, 14));
    const root = render(a, b);
    const buttons = Array.from(root.querySelectorAll('button')).map((el) => el.textContent);
    expect(buttons).toContain('Show 7 unchanged blocks');
    expect(buttons).toContain('Show 4 unchanged blocks');
    expect(rows(root, 'equal').map((r) => r.textContent)).toEqual(['Paragraph 7', 'Paragraph 9']);
    // Three unchanged blocks in a row stay visible.
    const short = render(doc(p('a'), p('b'), p('c'), p('Old.')), doc(p('a'), p('b'), p('c'), p('New.')));
    expect(short.querySelector('button[class*="expand"]')).toBeNull();
    expect(rows(short, 'equal')).toHaveLength(3);
  });

  it('says where a moved block went by its new neighbours, and names it by its words', () => {
    const root = render(
      doc(p('Alpha first.'), p('Beta second.'), p('Gamma third.')),
      doc(p('Beta second.'), p('Gamma third.'), p('Alpha first.')),
    );
    const moved = rows(root, 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0].querySelector('p strong')?.textContent).toBe('Moved after the paragraph “Gamma third.”');
    expect(moved[0].querySelector('p')?.textContent).toMatch(/Paragraph “Alpha first\.”$/);
  });

  it('says a block moved to the top of a section or of the guide, in Norwegian with «»', () => {
    const routineA = routine({ id: 'opprette-firma', title: 'Opprette firma' }, ol('Søk først.'));
    const nb = (a: GuideDoc, b: GuideDoc) => {
      const host = document.createElement('div');
      host.innerHTML = renderToStaticMarkup(
        withCatalogue(
          'nb',
          createElement(CompareView, { diff: diffDocs(a, b), mode: 'inline', oldLabel: 'A', newLabel: 'B' }),
        ),
      );
      return rows(host, 'moved').map((row) => row.querySelector('p strong')?.textContent);
    };
    expect(
      nb(
        doc(h(2, 'Firma'), p('Om firma.'), p('Mer.'), routineA),
        doc(h(2, 'Firma'), routineA, p('Om firma.'), p('Mer.')),
      ),
    ).toEqual(['Flyttet øverst i «Firma»']);
    expect(nb(doc(p('Én.'), p('To.'), p('Tre.')), doc(p('Tre.'), p('Én.'), p('To.')))).toEqual([
      'Flyttet til begynnelsen av guiden',
    ]);
  });

  it('shows an added routine as one insertion, and as absent in the old column', () => {
    const root = render(doc(p('Intro.')), doc(p('Intro.'), company('Sales manager', 'Search first.')), {
      mode: 'side',
    });
    const added = rows(root, 'inserted')[0];
    expect(added.querySelector('p')?.textContent).toContain('Added');
    expect(added.textContent).toContain('Not in this version');
    const ins = added.querySelectorAll('ins');
    expect(ins).toHaveLength(1);
    expect(ins[0].textContent).toContain('Register a new company');
    expect(ins[0].textContent).toContain('Search first.');
    expect(root.querySelector('section li')?.textContent).toBe('1 routine added: “Register a new company”');
  });

  it('notes a formatting-only change', () => {
    const root = render(
      doc(p('Always search first.')),
      doc(p('Always ', text('search', [{ type: 'bold' }]), ' first.')),
    );
    expect(rows(root, 'changed')[0].textContent).toContain('Formatting or links changed');
    expect(root.querySelector('ins, del')).toBeNull();
  });

  it('shows a heading as a heading and its level change', () => {
    const root = render(doc(h(2, 'Companies')), doc(h(3, 'Companies')));
    const row = rows(root, 'changed')[0];
    expect(row.querySelector('[class*="heading"]')?.textContent).toBe('Companies');
    expect(row.textContent).toContain('Heading level: deleted: 2 → inserted: 3');
  });

  it('marks the current mode and gives every button a name', () => {
    const root = render(doc(p('One.')), doc(p('Two.')), { mode: 'side' });
    const links = Array.from(root.querySelectorAll('nav[aria-label="View"] a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('aria-current')])).toEqual([
      ['Side by side', 'page'],
      ['Inline', null],
    ]);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.textContent?.trim()).not.toBe('');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 change');
  });

  it('says so when nothing changed and offers no navigation', () => {
    const root = render(doc(p('Same.')), doc(p('Same.')));
    expect(root.querySelector('section p')?.textContent).toBe('No changes');
    expect(root.textContent).not.toContain('Next change');
  });
});
