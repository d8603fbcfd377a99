import type { CalloutKind, GuideDoc, JSONNode, Mark } from '@/lib/doc/types';

/**
 * A deterministic routine guide of a given number of routines (500 gives about 1 MB of JSON), in
 * Norwegian-ish text: sections with headings and paragraphs, routines with numbered steps, some
 * tables and callouts. The same seed always gives the same document, so runs compare.
 */

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'kunde firma kontakt avtale salg tilbud oppfølging møte telefon e-post prosjekt registrere ' +
  'oppdatere sjekke søke lagre kategori kilde interessent selger ansvarlig leder avdeling ' +
  'rutine felt skjermbilde liste rapport dato frist status fase beløp sannsynlighet produkt ' +
  'henvendelse sak forespørsel dokument mal vedlegg arkiv samtale notat aktivitet oppgave ' +
  'kalender invitasjon deltaker adresse postnummer organisasjonsnummer bransje segment nyhetsbrev ' +
  'samtykke markedsføring kampanje utsendelse svar reklamasjon faktura ordre levering lager ' +
  'alltid aldri først deretter etterpå samme dag innen uke måned kvartal gjerne helst straks ' +
  'riktig tydelig fullstendig kort lang ny gammel eksisterende dobbel duplikat eget felles ' +
  'vi du de hver alle ingen noen og eller men for med til fra på i om av når hvis slik at som'
).split(' ');

const VERBS = [
  'Registrer',
  'Søk opp',
  'Opprett',
  'Oppdater',
  'Kontroller',
  'Lagre',
  'Koble',
  'Send',
  'Legg inn',
  'Avslutt',
  'Velg',
  'Fyll ut',
];
const OWNERS = [
  'Salgssjef',
  'Markedssjef',
  'Kundeservice',
  'CRM-ambassadør',
  'Daglig leder',
  'Prosjektleder',
  'Økonomi',
];
const KINDS: CalloutKind[] = ['note', 'tip', 'important', 'warning', 'caution'];

class Writer {
  constructor(private rnd: () => number) {}
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
    return out.join(' ');
  }
  sentence(min: number, max: number): string {
    const s = this.words(min + this.int(max - min + 1));
    return s[0].toUpperCase() + s.slice(1) + '.';
  }
  /** A paragraph, now and then with a bold phrase or a link, as real guides have. */
  paragraph(sentences: number): JSONNode {
    const content: JSONNode[] = [];
    for (let i = 0; i < sentences; i++) {
      const text = (i ? ' ' : '') + this.sentence(8, 18);
      const roll = this.rnd();
      if (roll < 0.08) {
        const marks: Mark[] = [{ type: 'bold' }];
        content.push({ type: 'text', text }, { type: 'text', text: ' ' + this.words(2), marks });
      } else if (roll < 0.12) {
        const marks: Mark[] = [
          { type: 'link', attrs: { href: `https://intranett.example.no/crm/${this.int(1000)}`, title: null } },
        ];
        content.push({ type: 'text', text }, { type: 'text', text: ' ' + this.words(3), marks });
      } else content.push({ type: 'text', text });
    }
    return { type: 'paragraph', content: mergeText(content) };
  }
  callout(): JSONNode {
    return { type: 'callout', attrs: { kind: this.pick(KINDS) }, content: [this.paragraph(1 + this.int(2))] };
  }
  table(rows: number): JSONNode {
    const cell = (type: string, text: string): JSONNode => ({
      type,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const header: JSONNode = {
      type: 'tableRow',
      content: [cell('tableHeader', 'Felt'), cell('tableHeader', 'Hva vi skriver'), cell('tableHeader', 'Ansvarlig')],
    };
    const body = Array.from({ length: rows }, () => ({
      type: 'tableRow',
      content: [
        cell('tableCell', this.words(2)),
        cell('tableCell', this.sentence(6, 12)),
        cell('tableCell', this.pick(OWNERS)),
      ],
    }));
    return { type: 'table', content: [header, ...body] };
  }
  routine(n: number): JSONNode {
    const steps = 4 + this.int(4);
    const items: JSONNode[] = [];
    for (let i = 0; i < steps; i++) {
      const text = `${this.pick(VERBS)} ${this.words(10 + this.int(14))}. ${this.sentence(6, 14)}`;
      items.push({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    }
    const content: JSONNode[] = [
      this.paragraph(1),
      { type: 'orderedList', attrs: { start: 1, type: null }, content: items },
    ];
    if (this.rnd() < 0.15) content.push(this.callout());
    const title = `${this.pick(VERBS)} ${this.words(3)}`;
    const month = String(1 + this.int(12)).padStart(2, '0');
    return {
      type: 'routine',
      attrs: {
        id: `rutine-${n}`,
        title,
        what: this.sentence(3, 6).slice(0, -1),
        owner: this.pick(OWNERS),
        ownerEmail: this.rnd() < 0.3 ? `eier${this.int(20)}@example.com` : null,
        reviewBy: this.rnd() < 0.7 ? `2027-${month}-15` : null,
      },
      content,
    };
  }
}

/** Adjacent unmarked text nodes joined, as ProseMirror would store them. */
function mergeText(nodes: JSONNode[]): JSONNode[] {
  const out: JSONNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && !last.marks && !node.marks && last.type === 'text' && node.type === 'text')
      last.text = (last.text ?? '') + node.text;
    else out.push(node);
  }
  return out;
}

export function generateGuide(routines = 500, seed = 42): GuideDoc {
  const w = new Writer(random(seed));
  const content: JSONNode[] = [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'CRM-rutineguide for Eksempel AS' }] },
    w.paragraph(3),
  ];
  for (let n = 1; n <= routines; n++) {
    if (n % 10 === 1) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Del ${Math.ceil(n / 10)}: ${w.words(3)}` }],
      });
      content.push(w.paragraph(2 + w.int(3)));
      if (n % 50 === 1) content.push(w.table(4 + w.int(4)));
      if (n % 30 === 11) content.push(w.callout());
    }
    content.push(w.routine(n));
  }
  return { type: 'doc', content };
}

/** Every text node inside a block, in document order. */
function textNodes(node: JSONNode, out: JSONNode[] = []): JSONNode[] {
  if (node.type === 'text' && node.text) out.push(node);
  for (const child of node.content ?? []) textNodes(child, out);
  return out;
}

/**
 * Changes one word of top-level block `index`, in place; `salt` picks which word and what it
 * becomes, so successive calls with a growing salt keep making new edits.
 */
export function changeOneWord(doc: GuideDoc, index: number, salt: number): void {
  const texts = textNodes(doc.content[index]);
  const node = texts[salt % texts.length];
  const words = node.text!.split(' ');
  const at = words.findIndex((word, i) => i >= (salt * 7) % words.length && /^\p{L}+$/u.test(word));
  const i = at === -1 ? 0 : at;
  const replacement = WORDS[(salt * 31 + index) % WORDS.length];
  words[i] = replacement === words[i] ? `${replacement}e` : replacement;
  node.text = words.join(' ');
}

/** A deep copy with one word changed in `fraction` of the top-level blocks, spread evenly. */
export function withChangedBlocks(doc: GuideDoc, fraction: number, salt = 1): { doc: GuideDoc; changed: number } {
  const copy = structuredClone(doc);
  const n = copy.content.length;
  const count = Math.max(1, Math.round(n * fraction));
  const step = n / count;
  for (let k = 0; k < count; k++) changeOneWord(copy, Math.floor(k * step + step / 2), salt + k);
  return { doc: copy, changed: count };
}

/**
 * The guide of the issue 10 attack: `routines` small routines (a title and one short step each) under
 * a heading per hundred, about 200 bytes of JSON a routine, so 24,000 stay under the 5 MB limit.
 */
export function generateSmallRoutinesGuide(routines = 24_000, seed = 7): GuideDoc {
  const w = new Writer(random(seed));
  const content: JSONNode[] = [];
  for (let n = 1; n <= routines; n++) {
    if (n % 100 === 1)
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Del ${n}` }] });
    content.push({
      type: 'routine',
      attrs: { id: `r-${n}`, title: w.words(2), what: '', owner: '', ownerEmail: null, reviewBy: null },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: w.sentence(2, 4) }] }],
    });
  }
  return { type: 'doc', content };
}
