import type { CalloutKind, GuideDoc, JSONNode, Mark, RoutineAttrs } from '@/lib/doc/types';
import type { RenderLabels } from '@/lib/render/html';
import { datesFor } from '@/lib/dates';

// Small builders for guide documents in tests (not a test file itself).

export const text = (value: string, marks?: Mark[]): JSONNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
export const p = (...content: (JSONNode | string)[]): JSONNode => ({
  type: 'paragraph',
  content: content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c)),
});
export const h = (level: number, value: string): JSONNode => ({
  type: 'heading',
  attrs: { level },
  content: value ? [text(value)] : [],
});
export const link = (value: string, href: string): JSONNode => text(value, [{ type: 'link', attrs: { href } }]);
export const ol = (...items: string[]): JSONNode => ({
  type: 'orderedList',
  attrs: { start: 1, type: null },
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
export const callout = (kind: CalloutKind, ...content: JSONNode[]): JSONNode => ({
  type: 'callout',
  attrs: { kind },
  content,
});
export const routine = (attrs: Partial<RoutineAttrs> & { id: string }, ...content: JSONNode[]): JSONNode => ({
  type: 'routine',
  attrs: { title: '', what: '', owner: '', ownerEmail: null, reviewBy: null, ...attrs },
  content: content.length ? content : [p('Step')],
});
export const image = (src: string, alt = ''): JSONNode => ({
  type: 'image',
  attrs: { src, alt, title: null, width: null, height: null },
});
export const doc = (...content: JSONNode[]): GuideDoc => ({ type: 'doc', content });

/** A guide using every node and mark the schema has, written the way the editor writes JSON. */
export function fullGuide(): GuideDoc {
  return doc(
    h(1, 'Rutiner for CRM'),
    p(
      'Les ',
      text('dette', [{ type: 'bold' }]),
      ', ',
      text('dette', [{ type: 'italic' }, { type: 'underline' }]),
      ' og ',
      text('gammelt', [{ type: 'strike' }]),
      ' med ',
      text('kode', [{ type: 'code' }]),
      { type: 'hardBreak' },
      // The editor writes every link attribute, defaults included.
      text('hjelp', [
        {
          type: 'link',
          attrs: { href: 'https://docs.superoffice.com/no/', target: null, rel: null, class: null, title: null },
        } as Mark,
      ]),
      ' ',
      link('e-post', 'mailto:crm@example.com'),
      ' ',
      link('ring', 'tel:+4722000000'),
      ' ',
      link('neste avsnitt', '#h-firma'),
      ' ',
      image('/images/skjerm.png', 'Skjermbilde av firmakortet'),
    ),
    h(2, 'Firma'),
    callout('tip', p('Søk før du registrerer.')),
    routine(
      {
        id: 'nytt-firma',
        title: 'Registrere nytt firma',
        what: 'Firmakort',
        owner: 'Salgssjef',
        ownerEmail: 'kari@example.com',
        reviewBy: '2027-03-01',
      },
      ol('Søk først, for å unngå duplikater.', 'Fyll inn org.nr.'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('Punkt')] }] },
    ),
    { type: 'blockquote', content: [p('Sitat')] },
    { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
              content: [p('Felt')],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: [120], align: 'left' },
              content: [p('Eier')],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
              content: [p('Org.nr.')],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null, align: 'center' },
              content: [p('Salg')],
            },
          ],
        },
      ],
    },
  );
}

/** The labels a Norwegian guide renders its routines and callouts with. */
export const nbRenderLabels: RenderLabels = {
  what: 'Hva',
  owner: 'Eier',
  reviewBy: 'Revideres innen',
  calloutLabels: { note: 'Merk', tip: 'Tips', important: 'Viktig', warning: 'Advarsel', caution: 'Forsiktig' },
  formatDate: datesFor('nb', 'UTC').date,
};
