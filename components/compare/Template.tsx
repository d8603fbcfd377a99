import { Fragment, type ReactNode } from 'react';

/** A label with `{name}` placeholders filled with elements (a link, emphasis), not only text. */
export function Template({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => (
        // split() puts the captured placeholder names at the odd indices.
        <Fragment key={i}>{i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`}</Fragment>
      ))}
    </>
  );
}
