// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CompareView } from '@/components/compare/CompareView';
import { diffDocs } from '@/lib/diff';
import { inEnglish } from './compare-fixtures';
import { doc, p } from './doc-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  document.body.innerHTML = '';
  root = null;
});

const same = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => p(`Same ${from + i}.`));
// Three changes, with five unchanged blocks between the first and the second (three collapsed).
const before = doc(p('One old.'), ...same(0, 5), p('Two old.'), p('Three old.'));
const after = doc(p('One new.'), ...same(0, 5), p('Two new.'), p('Three new.'));

async function mount() {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      inEnglish(
        createElement(CompareView, {
          diff: diffDocs(before, after),
          mode: 'side',
          oldLabel: 'Version 1',
          newLabel: 'Version 2',
        }),
      ),
    );
  });
  return host;
}

async function press(key: string, target: EventTarget = document.body) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** Which change has focus: its first word ("One", "Two", "Three"), or the focused text otherwise. */
const focusedText = () => {
  const el = document.activeElement;
  if (el?.getAttribute('data-status') !== 'changed') return el?.textContent ?? null;
  return el.querySelector('[class*="newCell"]')?.textContent?.replace('Version 2', '').split(' ')[0] ?? null;
};
const status = (el: HTMLElement) => el.querySelector('[role="status"]')?.textContent?.trim();

describe('CompareView change navigation', () => {
  it('moves focus between changes with j/n and k/p and announces the position', async () => {
    const el = await mount();
    expect(status(el)).toBe('3 changes');
    await press('j');
    expect(document.activeElement?.getAttribute('data-status')).toBe('changed');
    expect(focusedText()).toBe('One');
    expect(status(el)).toBe('Change 1 of 3');
    await press('n');
    expect(focusedText()).toBe('Two');
    await press('j');
    expect(focusedText()).toBe('Three');
    expect(status(el)).toBe('Change 3 of 3');
    await press('j');
    expect(focusedText()).toBe('Three');
    await press('k');
    expect(focusedText()).toBe('Two');
    await press('p');
    expect(focusedText()).toBe('One');
    expect(status(el)).toBe('Change 1 of 3');
  });

  it('works with the buttons too', async () => {
    const el = await mount();
    const button = (name: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent === name)!;
    await act(async () => button('Next change').click());
    await act(async () => button('Next change').click());
    expect(focusedText()).toBe('Two');
    await act(async () => button('Previous change').click());
    expect(focusedText()).toBe('One');
  });

  it('leaves keys typed into a text field alone', async () => {
    const el = await mount();
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    await press('j', input);
    expect(document.activeElement).toBe(input);
    expect(status(el)).toBe('3 changes');
  });

  it('shows a collapsed stretch on request, focuses it, and continues from there', async () => {
    const el = await mount();
    expect(el.textContent).not.toContain('Same 2.');
    const expand = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Show 3 unchanged blocks')!;
    await act(async () => expand.click());
    expect(el.textContent).toContain('Same 2.');
    expect(el.querySelector('button[class*="expand"]')).toBeNull();
    expect(focusedText()).toBe('Same 1.Same 1.');
    // "next" from an unchanged block goes to the change after it, not after the last one visited.
    await press('j');
    expect(focusedText()).toBe('Two');
  });
});
