// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { guideExtensions } from '@/lib/editor/extensions';
import { validateDoc } from '@/lib/doc/validate';
import { listRoutines } from '@/lib/doc/routines';
import type { GuideDoc } from '@/lib/doc/types';
import { callout, doc, fullGuide, p, routine } from './doc-fixtures';

// The shared extensions inside a real (headless) editor: what the ambassador's actions produce must
// pass the server's validator.

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function open(content: GuideDoc, newRoutineTitle = 'Ny rutine'): Editor {
  editor = new Editor({ extensions: guideExtensions({ newRoutineTitle }), content });
  return editor;
}

const json = (e: Editor) => e.getJSON() as GuideDoc;

describe('the editor with the guide extensions', () => {
  it('loads a full guide and gives back JSON the validator accepts', () => {
    const e = open(fullGuide());
    const result = validateDoc(json(e));
    expect(result).toMatchObject({ ok: true });
    expect(listRoutines(json(e))).toEqual(listRoutines(fullGuide()));
  });

  it('keeps no target, rel or class from pasted links, and shows none from a document', () => {
    editor = new Editor({
      extensions: guideExtensions(),
      content: '<p><a href="https://example.com" target="_blank" rel="opener" class="button" title="T">Lenke</a></p>',
    });
    const [mark] = json(editor).content[0].content![0].marks!;
    expect(mark).toEqual({
      type: 'link',
      attrs: { href: 'https://example.com', target: null, rel: null, class: null, title: 'T' },
    });
    expect(validateDoc(json(editor))).toMatchObject({ ok: true });
    editor.destroy();
    // A document stored before the validator refused them: the editor does not put them on the page.
    const stored = doc(
      p({
        type: 'text',
        text: 'Lenke',
        marks: [{ type: 'link', attrs: { href: '/x', target: '_top', class: 'button' } }],
      }),
    );
    editor = new Editor({ extensions: guideExtensions(), content: stored });
    const anchor = editor.view.dom.querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe('/x');
    expect(anchor.hasAttribute('target')).toBe(false);
    expect(anchor.hasAttribute('class')).toBe(false);
  });

  it('inserts routines with ids from the title, unique in the guide', () => {
    const e = open(doc(routine({ id: 'ny-rutine', title: 'Ny rutine' }), p('Her')));
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    expect(e.commands.insertRoutine()).toBe(true);
    expect(e.commands.insertRoutine({ title: 'Slette kontakt', owner: 'Support' })).toBe(true);
    const routines = listRoutines(json(e));
    expect(routines.map((r) => r.id).sort()).toEqual(['ny-rutine', 'ny-rutine-2', 'slette-kontakt']);
    expect(routines.find((r) => r.id === 'slette-kontakt')).toMatchObject({
      title: 'Slette kontakt',
      owner: 'Support',
      ownerEmail: null,
      reviewBy: null,
    });
    expect(e.storage.routine.freshIds).toEqual(new Set(['ny-rutine-2', 'slette-kontakt']));
    expect(validateDoc(json(e))).toMatchObject({ ok: true });
  });

  it('gives a pasted copy of a routine a new id and lets the original keep its anchor', () => {
    const e = open(doc(routine({ id: 'nytt-firma', title: 'Nytt firma' }, p('Steg')), p('Etter')));
    const copy = e.state.doc.child(0);
    // Paste the copy above the original: the original moves down but must keep "nytt-firma".
    e.view.dispatch(e.state.tr.insert(0, copy));
    const routines = listRoutines(json(e));
    expect(routines.map((r) => r.id)).toEqual(['nytt-firma-2', 'nytt-firma']);
    expect(validateDoc(json(e))).toMatchObject({ ok: true });
  });

  it('wraps the selected paragraph in a callout and changes its kind', () => {
    const e = open(doc(p('Viktig å vite')));
    e.commands.setTextSelection(3);
    expect(e.commands.insertCallout('warning')).toBe(true);
    expect(json(e).content[0]).toMatchObject({
      type: 'callout',
      attrs: { kind: 'warning' },
      content: [{ type: 'paragraph' }],
    });
    expect(e.commands.setCalloutKind('tip')).toBe(true);
    expect(json(e).content[0]).toMatchObject({ type: 'callout', attrs: { kind: 'tip' } });
    expect(validateDoc(json(e))).toMatchObject({ ok: true });
  });

  it('refuses to set a link the validator would refuse', () => {
    const e = open(doc(p('Klikk her')));
    e.commands.setTextSelection({ from: 1, to: 6 });
    expect(e.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(e.commands.setLink({ href: ' JAVASCRIPT:alert(1)' })).toBe(false);
    expect(e.commands.setLink({ href: '/guide#h-firma' })).toBe(true);
    expect(validateDoc(json(e))).toMatchObject({ ok: true });
  });

  it('drops script links and data images from pasted HTML but keeps their text', () => {
    const e = open(doc(p('')));
    e.commands.setContent(
      '<p><a href="javascript:alert(1)">farlig</a> <a href="https://example.com" target="_blank">trygg</a> <img src="data:image/png;base64,AAAA"><img src="/bilde.png" alt="ok"></p>',
    );
    const result = validateDoc(json(e));
    expect(result).toMatchObject({ ok: true });
    const html = e.getHTML();
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).toContain('farlig');
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('src="/bilde.png"');
  });

  it('copies routines and callouts through HTML (the clipboard) without losing attributes', () => {
    const original = doc(
      routine(
        {
          id: 'nytt-firma',
          title: 'Nytt "firma"',
          what: 'Firmakort',
          owner: 'Kari',
          ownerEmail: 'kari@example.com',
          reviewBy: '2027-03-01',
        },
        p('Steg'),
      ),
      callout('caution', p('Pass på')),
    );
    const e = open(original);
    const html = e.getHTML();
    const other = new Editor({ extensions: guideExtensions(), content: html });
    try {
      const copied = other.getJSON() as GuideDoc;
      expect(listRoutines(copied)).toEqual(listRoutines(original));
      expect(copied.content[0].content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Steg' }] }]);
      expect(copied.content[1]).toMatchObject({
        type: 'callout',
        attrs: { kind: 'caution' },
        content: [{ type: 'paragraph' }],
      });
    } finally {
      other.destroy();
    }
  });
});
