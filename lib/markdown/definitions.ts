import type { Definition, RootContent } from 'mdast';

/** The link definitions of a tree (first one of each label wins, as in CommonMark). */
export function collectDefinitions(children: RootContent[], into: Map<string, Definition>): void {
  for (const child of children) {
    if (child.type === 'definition') {
      if (!into.has(child.identifier)) into.set(child.identifier, child);
    } else if ('children' in child && Array.isArray(child.children)) {
      collectDefinitions(child.children as RootContent[], into);
    }
  }
}

/** Definitions written out again, to read HTML-block fragments with the file's references. */
export function definitionsSource(definitions: Map<string, Definition>): string {
  return [...definitions.values()]
    .map((definition) => {
      const url = definition.url.replace(/[<>\\]/g, (ch) => `\\${ch}`);
      const title = definition.title ? ` "${definition.title.replace(/["\\]/g, (ch) => `\\${ch}`)}"` : '';
      return `[${definition.label ?? definition.identifier}]: <${url}>${title}`;
    })
    .join('\n');
}
