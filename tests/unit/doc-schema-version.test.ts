import { describe, expect, it } from 'vitest';
import { CURRENT_DOC_VERSION, upgradeDoc } from '@/lib/doc/schema-version';
import { validateDoc } from '@/lib/doc/validate';
import type { GuideDoc } from '@/lib/doc/types';
import { callout, doc, fullGuide, h, p } from './doc-fixtures';

/** A guide as a version 1 draft could hold it: empty owner e-mails and dates, callouts of no known kind. */
function versionOneGuide(): GuideDoc {
  return doc(
    h(1, 'Rutiner'),
    {
      type: 'routine',
      attrs: { id: 'new-company', title: 'New company', owner: 'Sales', ownerEmail: '', reviewBy: '' },
      content: [p('Register it.')],
    },
    {
      type: 'callout',
      content: [
        p('Nested:'),
        { type: 'routine', attrs: { id: 'nested', title: 'Nested', reviewBy: '' }, content: [p('Step')] },
      ],
    },
    { type: 'callout', attrs: { kind: 'danger' }, content: [p('Unknown kind')] },
  );
}

describe('upgradeDoc', () => {
  it('brings a version 1 document to what the validator accepts', () => {
    const old = versionOneGuide();
    expect(validateDoc(old).ok).toBe(false);
    const upgraded = upgradeDoc(old, 1);
    expect(validateDoc(upgraded)).toEqual({ ok: true, doc: upgraded });
    expect(upgraded.content[1].attrs).toEqual({
      id: 'new-company',
      title: 'New company',
      owner: 'Sales',
      ownerEmail: null,
      reviewBy: null,
    });
    expect(upgraded.content[2].attrs).toEqual({ kind: 'note' });
    expect(upgraded.content[2].content![1].attrs).toEqual({ id: 'nested', title: 'Nested', reviewBy: null });
    expect(upgraded.content[3].attrs).toEqual({ kind: 'note' });
  });

  it('keeps what a well-formed document says, and its text', () => {
    const guide = fullGuide();
    expect(upgradeDoc(guide, 1)).toEqual(guide);
    const withOwner = doc({
      type: 'routine',
      attrs: { id: 'a', title: 'A', what: 'W', owner: 'O', ownerEmail: 'o@example.com', reviewBy: '2030-01-31' },
      content: [p('Step')],
    });
    expect(upgradeDoc(withOwner, 1)).toEqual(withOwner);
    expect(upgradeDoc(doc(callout('warning', p('Careful'))), 1)).toEqual(doc(callout('warning', p('Careful'))));
  });

  it('leaves its input unchanged', () => {
    const old = versionOneGuide();
    const copy = structuredClone(old);
    upgradeDoc(old, 1);
    expect(old).toEqual(copy);
  });

  it('returns a current document as it is', () => {
    const old = versionOneGuide();
    expect(upgradeDoc(old, CURRENT_DOC_VERSION)).toBe(old);
  });

  it('refuses a version it does not know, rather than guessing', () => {
    expect(() => upgradeDoc(fullGuide(), CURRENT_DOC_VERSION + 1)).toThrow(`version ${CURRENT_DOC_VERSION + 1}`);
    expect(() => upgradeDoc(fullGuide(), 0)).toThrow(/version 0/);
  });
});
