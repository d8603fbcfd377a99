import { CALLOUT_KINDS, type GuideDoc, type JSONNode } from '@/lib/doc/types';

/**
 * The version of the stored document format. Every draft and revision row records the version its
 * document was written in, and every read upgrades an older one, so a change to the editor schema
 * adds a step here instead of leaving old rows the code must defend against forever.
 *
 * 1: the format before versions were recorded.
 * 2: a routine's owner e-mail and review-by date are an address and a date or null, never '';
 *    every callout has a known kind ('note' when it had none or an unknown one).
 *    The validator refuses the old forms, so a draft stored with one could not be saved again.
 */
export const CURRENT_DOC_VERSION = 2;

type Step = { to: number; upgrade: (doc: GuideDoc) => GuideDoc };

/** Every node, nested ones too, passed through `change`; a copy, the input stays as it was. */
function mapNodes(doc: GuideDoc, change: (node: JSONNode) => JSONNode): GuideDoc {
  const visit = (node: JSONNode): JSONNode => {
    const changed = change(node);
    return changed.content ? { ...changed, content: changed.content.map(visit) } : changed;
  };
  return { type: 'doc', content: doc.content.map(visit) };
}

const OPTIONAL_ATTRS = ['ownerEmail', 'reviewBy'] as const;

/**
 * Routine and callout attributes the validator refuses but whose meaning is plain: an owner
 * e-mail or review-by date that is '' (or not text) means none, and a callout of no known kind is
 * a note. Routine attributes left out stay out: the schema's defaults mean the same, and the
 * block store drops blank attributes anyway.
 */
function repairRoutinesAndCallouts(node: JSONNode): JSONNode {
  if (node.type === 'routine' && node.attrs) {
    const attrs = { ...node.attrs };
    for (const name of OPTIONAL_ATTRS)
      if (name in attrs && (typeof attrs[name] !== 'string' || attrs[name] === '')) attrs[name] = null;
    return { ...node, attrs };
  }
  if (node.type === 'callout') {
    const kind = node.attrs?.kind;
    return { ...node, attrs: { ...node.attrs, kind: CALLOUT_KINDS.find((k) => k === kind) ?? 'note' } };
  }
  return node;
}

// Each step takes a document of version `to - 1` to version `to`; in order, one per version.
const STEPS: Step[] = [{ to: 2, upgrade: (doc) => mapNodes(doc, repairRoutinesAndCallouts) }];

/**
 * The document as the current format has it. Pure: the input is not changed, and a document
 * already at the current version comes back as it is. A version newer than this code knows is
 * refused rather than guessed at (it was written by a newer release).
 */
export function upgradeDoc(doc: GuideDoc, fromVersion: number): GuideDoc {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > CURRENT_DOC_VERSION)
    throw new Error(`Unknown document format version ${fromVersion} (this release knows 1 to ${CURRENT_DOC_VERSION})`);
  return STEPS.filter((step) => step.to > fromVersion).reduce((upgraded, step) => step.upgrade(upgraded), doc);
}
