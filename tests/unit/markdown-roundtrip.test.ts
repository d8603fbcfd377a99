import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isAddressWarning } from '@/lib/markdown/addresses';
import { exportMarkdown, importMarkdown, MarkdownImportError } from '@/lib/markdown';
import { guideSchema } from '@/lib/doc/validate';
import type { GuideDoc } from '@/lib/doc/types';
import { frontMatterArb, guideDocArb, markdownSourceArb } from './markdown-arbitraries';

// MARKDOWN_FC_RUNS=20000 for a longer search.
const RUNS = Number(process.env.MARKDOWN_FC_RUNS ?? 200);

function expectValidStructure(doc: GuideDoc): void {
  // Throws on content that breaks the schema (inline in a list, code mark with bold, ...).
  guideSchema().nodeFromJSON(doc).check();
}

describe('Markdown round trip', () => {
  test(
    'export then import gives back the same document and front matter, in MDX and plain Markdown',
    () => {
      fc.assert(
        fc.property(guideDocArb, frontMatterArb, (doc, frontMatter) => {
          expectValidStructure(doc);
          const markdown = exportMarkdown({ frontMatter, doc });

          const back = importMarkdown(markdown);
          expect(back.doc).toEqual(doc);
          expect(back.frontMatter).toEqual(frontMatter);
          // Everything exported is understood: nothing had to be kept as text or read as non-MDX.
          // (Where a relative address points is about the file's surroundings, not the Markdown.)
          expect(back.warnings.filter((warning) => !isAddressWarning(warning))).toEqual([]);

          const backAsMd = importMarkdown(markdown, { fileName: 'guide.md' });
          expect(backAsMd.doc).toEqual(doc);
          expect(backAsMd.frontMatter).toEqual(frontMatter);
        }),
        { numRuns: RUNS },
      );
    },
    // Generous: on a loaded 2-core machine 200 cases took 64 s; a timeout here would say nothing about the code.
    120_000 + RUNS * 100,
  );

  test(
    'any Markdown text imports to a valid document that survives export and import unchanged',
    () => {
      fc.assert(
        fc.property(markdownSourceArb, fc.constantFrom(undefined, 'side.mdx', 'side.md'), (source, fileName) => {
          let first;
          try {
            first = importMarkdown(source, { fileName });
          } catch (error) {
            // The only refusal allowed is front matter that is not YAML, named by line.
            expect(error).toBeInstanceOf(MarkdownImportError);
            return;
          }
          expectValidStructure(first.doc);
          const again = importMarkdown(exportMarkdown(first));
          expect(again.doc).toEqual(first.doc);
          expect(again.frontMatter).toEqual(first.frontMatter);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    // Generous: on a loaded 2-core machine 200 cases took 64 s; a timeout here would say nothing about the code.
    120_000 + RUNS * 100,
  );
});
