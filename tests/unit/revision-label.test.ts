import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { datesFor } from '@/lib/dates';
import type { Locale } from '@/lib/locale';
import { loadMessages } from '@/lib/messages';
import { labelNamesAuthor, revisionLabel, type LabelledRevision } from '@/lib/revision-label';

const at = new Date('2027-06-30T17:48:00Z');
const base: LabelledRevision = { kind: 'checkpoint', version: null, name: null, authorName: 'Kari', createdAt: at };

const label = (locale: Locale, r: Partial<LabelledRevision>) =>
  revisionLabel(
    { ...base, ...r },
    createTranslator({ locale, messages: loadMessages(locale), namespace: 'history' }),
    datesFor(locale, 'Europe/Oslo'),
  );

describe('a revision as people name it', () => {
  it('names published versions by number and others by author and time, never r9', () => {
    expect(label('en', { kind: 'published', version: 3 })).toBe('Version 3');
    expect(label('en', {})).toBe('Checkpoint by Kari, 30 June 2027 19:48');
    expect(label('en', { kind: 'submitted' })).toBe('Submitted for review by Kari, 30 June 2027 19:48');
    expect(label('en', { kind: 'named', name: 'before the upgrade' })).toBe('Saved version “before the upgrade”');
    expect(label('en', { kind: 'draft' })).toBe('Current draft');
  });

  it('in Norwegian, with «» quotes', () => {
    expect(label('nb', { kind: 'published', version: 3 })).toBe('Versjon 3');
    expect(label('nb', {})).toBe('Kontrollpunkt av Kari, 30. juni 2027 19:48');
    expect(label('nb', { kind: 'restore' })).toBe('Gjenopprettet av Kari, 30. juni 2027 19:48');
    expect(label('nb', { kind: 'named', name: 'før oppgraderingen' })).toBe('Lagret versjon «før oppgraderingen»');
  });

  it('a saved version without a name is a checkpoint', () => {
    expect(label('en', { kind: 'named', name: null })).toBe('Checkpoint by Kari, 30 June 2027 19:48');
  });

  it('says whether the label already names who and when', () => {
    expect(labelNamesAuthor({ ...base, kind: 'published', version: 2 })).toBe(false);
    expect(labelNamesAuthor({ ...base, kind: 'named', name: 'før' })).toBe(false);
    expect(labelNamesAuthor(base)).toBe(true);
    expect(labelNamesAuthor({ ...base, kind: 'submitted' })).toBe(true);
  });
});
