// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CompareView } from '@/components/compare/CompareView';
import { describeSummary, diffDocs } from '@/lib/diff';
import type { Locale } from '@/lib/locale';
import { loadMessages } from '@/lib/messages';
import { withCatalogue } from './compare-fixtures';
import { doc, ol, p, routine } from './doc-fixtures';

// One set of messages words a summary everywhere: these run the real catalogues, in both languages.

const company = (owner: string, ...steps: string[]) =>
  routine({ id: 'new-company', title: 'Register a new company', what: 'Company card', owner }, ol(...steps));
const closing = (n: number) => Array.from({ length: n }, (_, i) => p(`Closing paragraph ${i + 1}.`));

/** 1 routine changed (its owner too) and `added` other blocks added. */
const change = (added: number) =>
  diffDocs(doc(company('Kari', 'Search first.')), doc(company('', 'Always search first.'), ...closing(added))).summary;

const line = (locale: Locale, added: number) =>
  describeSummary(change(added), createTranslator({ locale, messages: loadMessages(locale), namespace: 'diff' }));

describe('a summary in words', () => {
  it('in English, with one and with two', () => {
    expect(line('en', 1)).toBe(
      '1 routine changed · 1 other block added · owner of “Register a new company”: Kari → none',
    );
    expect(line('en', 2)).toBe(
      '1 routine changed · 2 other blocks added · owner of “Register a new company”: Kari → none',
    );
  });

  it('in Norwegian, with one and with two', () => {
    expect(line('nb', 1)).toBe(
      '1 rutine endret · 1 annen blokk lagt til · ansvarlig for «Register a new company»: Kari → ingen',
    );
    expect(line('nb', 2)).toBe(
      '1 rutine endret · 2 andre blokker lagt til · ansvarlig for «Register a new company»: Kari → ingen',
    );
  });

  it('the compare view shows the same phrases as items, the routine linked and the values in bold', () => {
    const host = document.createElement('div');
    host.innerHTML = renderToStaticMarkup(
      withCatalogue(
        'nb',
        createElement(CompareView, {
          diff: diffDocs(doc(company('Kari', 'Search first.')), doc(company('', 'Search first.'), ...closing(2))),
          mode: 'inline',
          oldLabel: 'Versjon 1',
          newLabel: 'Versjon 2',
        }),
      ),
    );
    const summary = host.querySelector('section')!;
    expect(summary.querySelector('h2')?.textContent).toBe('Oppsummering av endringene');
    expect(Array.from(summary.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '1 rutine endret',
      '2 andre blokker lagt til',
      'ansvarlig for «Register a new company»: Kari → ingen',
    ]);
    expect(summary.querySelector('li a')?.textContent).toBe('Register a new company');
    expect(Array.from(summary.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(['Kari', 'ingen']);
  });
});
