// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { GuideEditor, type EditorLabels } from '@/components/editor/GuideEditor';
import { validateDoc } from '@/lib/doc/validate';
import { listRoutines } from '@/lib/doc/routines';
import type { GuideDoc } from '@/lib/doc/types';
import { doc, p, routine } from './doc-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const labels: EditorLabels = {
  toolbar: 'Formatering',
  content: 'Rutineguide',
  keyboardHint: 'Trykk Esc for verktøylinjen.',
  bold: 'Fet',
  italic: 'Kursiv',
  strike: 'Gjennomstreking',
  code: 'Kode',
  link: 'Lenke',
  linkPrompt: 'Adresse',
  linkInvalid: 'Ugyldig adresse',
  heading2: 'Overskrift 2',
  heading3: 'Overskrift 3',
  bulletList: 'Punktliste',
  orderedList: 'Nummerert liste',
  blockquote: 'Sitat',
  undo: 'Angre',
  redo: 'Gjør om',
  insertTable: 'Sett inn tabell',
  addRow: 'Legg til rad',
  addColumn: 'Legg til kolonne',
  deleteRow: 'Slett rad',
  deleteColumn: 'Slett kolonne',
  deleteTable: 'Slett tabell',
  insertCallout: 'Sett inn merknad',
  calloutKind: 'Type',
  calloutKinds: { note: 'Merk', tip: 'Tips', important: 'Viktig', warning: 'Advarsel', caution: 'Forsiktig' },
  calloutUnwrap: 'Fjern merknad',
  insertRoutine: 'Sett inn rutine',
  newRoutineTitle: 'Ny rutine',
  routine: 'Rutine',
  routineTitle: 'Tittel',
  routineWhat: 'Hva',
  routineOwner: 'Eier',
  routineOwnerHint: 'Velg en person eller skriv en rolle',
  routineOwnerLinked: 'Koblet til',
  routineReviewBy: 'Revideres innen',
  routineAnchor: 'Lenke',
  routineUnwrap: 'Fjern rutine',
};

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  root = null;
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function blur(input: HTMLInputElement) {
  await act(async () => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

const field = (el: HTMLElement, label: string, nth = 0) => {
  const labelEl = Array.from(el.querySelectorAll('fieldset label')).filter((l) => l.textContent === label)[nth];
  return el.querySelector(`[id="${labelEl.getAttribute('for')}"]`) as HTMLInputElement;
};

async function mount(initialDoc: GuideDoc, onChange: (d: GuideDoc) => void) {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      createElement(GuideEditor, {
        initialDoc,
        onChange,
        labels,
        people: [{ email: 'kari@example.com', name: 'Kari Nordmann' }],
      }),
    );
  });
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  return host;
}

describe('GuideEditor', () => {
  it('renders a labelled toolbar and inserts a routine with a form', async () => {
    const changes: GuideDoc[] = [];
    const el = await mount(doc(p('Start')), (d) => changes.push(d));
    const toolbar = el.querySelector('[role="toolbar"]');
    expect(toolbar?.getAttribute('aria-label')).toBe('Formatering');
    const buttons = Array.from(el.querySelectorAll('[role="toolbar"] button'));
    expect(buttons.every((b) => (b.getAttribute('aria-label') ?? '') !== '')).toBe(true);
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    const insert = buttons.find((b) => b.getAttribute('aria-label') === 'Sett inn rutine') as HTMLButtonElement;
    await act(async () => insert.click());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    const last = changes.at(-1)!;
    expect(listRoutines(last).map((r) => r.id)).toEqual(['ny-rutine']);
    expect(validateDoc(last)).toMatchObject({ ok: true });
    const labelsShown = Array.from(el.querySelectorAll('fieldset label')).map((l) => l.textContent);
    expect(labelsShown).toEqual(['Tittel', 'Hva', 'Eier', 'Revideres innen']);
    const title = el.querySelector('fieldset input') as HTMLInputElement;
    for (const input of Array.from(el.querySelectorAll('fieldset input'))) {
      expect(el.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    expect(title.value).toBe('Ny rutine');
  });

  it('lets the form set the routine attributes, linking a user by e-mail', async () => {
    const changes: GuideDoc[] = [];
    const el = await mount(doc(routine({ id: 'gammel', title: 'Gammel' }), p('Start')), (d) => changes.push(d));
    const insert = el.querySelector('button[aria-label="Sett inn rutine"]') as HTMLButtonElement;
    await act(async () => insert.click());
    await settle();
    // The new routine is the second form; its anchor follows its title until saved.
    await type(field(el, 'Tittel', 1), 'Slette kontakt');
    await type(field(el, 'Eier', 1), 'kari@example.com');
    await blur(field(el, 'Eier', 1));
    await type(field(el, 'Revideres innen', 1), '2027-03-01');
    // The routine that came with the document keeps its anchor when renamed.
    await type(field(el, 'Tittel', 0), 'Gammel rutine');
    await settle();
    const routines = listRoutines(changes.at(-1)!);
    expect(routines.map(({ text: _text, ...r }) => r)).toEqual([
      { id: 'gammel', title: 'Gammel rutine', what: '', owner: '', ownerEmail: null, reviewBy: null },
      {
        id: 'slette-kontakt',
        title: 'Slette kontakt',
        what: '',
        owner: 'Kari Nordmann',
        ownerEmail: 'kari@example.com',
        reviewBy: '2027-03-01',
      },
    ]);
    expect(el.textContent).toContain('Koblet til kari@example.com');
    expect(validateDoc(changes.at(-1)!)).toMatchObject({ ok: true });
  });

  it('reports toggle state with aria-pressed and moves to the toolbar on Esc', async () => {
    const el = await mount(doc(p('Start')), () => {});
    const bold = el.querySelector('button[aria-label="Fet"]');
    expect(bold?.getAttribute('aria-pressed')).toBe('false');
    expect(bold?.getAttribute('aria-keyshortcuts')).toMatch(/^(Control|Meta)\+B$/);
    const content = el.querySelector('[contenteditable="true"]') as HTMLElement;
    expect(content.getAttribute('aria-label')).toBe('Rutineguide');
    await act(async () => {
      content.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Fet');
  });

  it('shows no toolbar and disables the forms when not editable', async () => {
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
    await act(async () => {
      root!.render(
        createElement(GuideEditor, {
          initialDoc: doc(routine({ id: 'r', title: 'R' })),
          onChange: () => {},
          labels,
          people: [],
          editable: false,
        }),
      );
    });
    await settle();
    expect(host.querySelector('[role="toolbar"]')).toBeNull();
    expect((host.querySelector('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(host.querySelector('.ProseMirror')?.getAttribute('contenteditable')).toBe('false');
  });

  it('follows a change of the editable prop', async () => {
    const el = await mount(doc(routine({ id: 'r', title: 'R' })), () => {});
    expect((el.querySelector('fieldset') as HTMLFieldSetElement).disabled).toBe(false);
    await act(async () => {
      root!.render(
        createElement(GuideEditor, {
          initialDoc: doc(routine({ id: 'r', title: 'R' })),
          onChange: () => {},
          labels,
          people: [],
          editable: false,
        }),
      );
    });
    await settle();
    expect(el.querySelector('[role="toolbar"]')).toBeNull();
    expect((el.querySelector('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
  });
});
