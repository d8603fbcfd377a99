// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CompareView } from '@/components/compare/CompareView';
import { describeSummary, diffDocs, type DiffSummary } from '@/lib/diff';
import { datesFor } from '@/lib/dates';
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

const translator = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale), namespace: 'diff' });
const describe_ = (locale: Locale, summary: DiffSummary, position?: 'start' | 'inside') =>
  describeSummary(summary, translator(locale), datesFor(locale, 'Europe/Oslo'), position);
const line = (locale: Locale, added: number) => describe_(locale, change(added));

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
      'Ansvarlig for «Register a new company»: Kari → ingen',
    ]);
    expect(summary.querySelector('li a')?.textContent).toBe('Register a new company');
    expect(Array.from(summary.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(['Kari', 'ingen']);
  });

  it('starts a line with a capital letter, and runs on in lower case inside a sentence', () => {
    const same = diffDocs(doc(company('Kari', 'Search first.')), doc(company('Kari', 'Search first.'))).summary;
    expect(describe_('nb', same)).toBe('Ingen endringer');
    expect(describe_('nb', same, 'inside')).toBe('ingen endringer');
    expect(describe_('en', same)).toBe('No changes');
    const owner = diffDocs(doc(company('Kari', 'Search first.')), doc(company('Per', 'Search first.'))).summary;
    // After a count, a value phrase runs on in lower case.
    expect(describe_('nb', owner)).toBe('1 rutine endret · ansvarlig for «Register a new company»: Kari → Per');
  });

  it('writes review-by dates in the reader’s date style', () => {
    const due = (reviewBy: string) =>
      routine({ id: 'new-company', title: 'Register a new company', reviewBy }, ol('Search first.'));
    const summary = diffDocs(doc(due('2027-06-30')), doc(due('2028-01-15'))).summary;
    expect(describe_('nb', summary)).toBe(
      '1 rutine endret · gjennomgangsdato for «Register a new company»: 30. juni 2027 → 15. januar 2028',
    );
    expect(describe_('en', summary)).toBe(
      '1 routine changed · review date of “Register a new company”: 30 June 2027 → 15 January 2028',
    );
  });
});

describe('the routines a summary names', () => {
  const named = (i: number, title = `Routine ${i}`) => routine({ id: `r${i}`, title }, ol(`Step of routine ${i}.`));
  const upTo = (n: number, from = 1) => Array.from({ length: n }, (_, i) => named(from + i));

  it('names added and removed routines, up to five, then "and N more"', () => {
    const added = diffDocs(doc(p('Intro.')), doc(p('Intro.'), ...upTo(8))).summary;
    expect(describe_('en', added)).toBe(
      '8 routines added: “Routine 1”, “Routine 2”, “Routine 3”, “Routine 4”, “Routine 5” and 3 more',
    );
    expect(describe_('nb', added)).toBe(
      '8 rutiner lagt til: «Routine 1», «Routine 2», «Routine 3», «Routine 4», «Routine 5» og 3 til',
    );
    const removed = diffDocs(doc(p('Intro.'), ...upTo(2)), doc(p('Intro.'))).summary;
    expect(describe_('nb', removed)).toBe('2 rutiner fjernet: «Routine 1» og «Routine 2»');
  });

  it('counts a routine whose title changed as renamed, by its old and new title', () => {
    const before = doc(named(1, 'Opprette firma'), named(2, 'Slette firma'));
    const after = doc(named(1, 'Registrere nytt firma'), named(2, 'Slette firma'));
    expect(describe_('nb', diffDocs(before, after).summary)).toBe(
      '1 rutine fikk nytt navn: «Opprette firma» → «Registrere nytt firma»',
    );
    expect(describe_('en', diffDocs(before, after).summary)).toBe(
      '1 routine renamed: “Opprette firma” → “Registrere nytt firma”',
    );
  });

  it('names moved routines', () => {
    const summary = diffDocs(doc(...upTo(4)), doc(named(4), ...upTo(3))).summary;
    expect(describe_('en', summary)).toBe('1 routine moved: “Routine 4”');
  });

  it('a summary stored before routines were named still reads as counts', () => {
    const stored = diffDocs(doc(p('Intro.')), doc(p('Intro.'), ...upTo(2))).summary;
    delete stored.routineNames;
    delete stored.routinesRenamed;
    expect(describe_('en', stored)).toBe('2 routines added');
  });
});
