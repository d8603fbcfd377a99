import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { importMarkdown } from '@/lib/markdown';
import { renderGuideHtml } from '@/lib/render/html';
import type { GuideDoc } from '@/lib/doc/types';
import { generateGuide } from '@/bench/large-guide';
import { tiptapGuideHtml } from '../helpers/tiptap-html';
import { corpusAndSeedFiles, sharedDir } from '../helpers/shared';
import { fullGuide, nbRenderLabels as labels } from './doc-fixtures';

const owners = new Map([['kari@example.com', 'Kari <Nordmann> & "Co"']]);

const files = corpusAndSeedFiles();

describe('the string renderer gives the HTML tiptap generateHTML gave', () => {
  test('the corpus is there', () => expect(files.length).toBeGreaterThan(150));

  test.each(files.map((file) => [path.relative(sharedDir(), file), file]))('%s', (_name, file) => {
    const doc = importMarkdown(fs.readFileSync(file, 'utf8')).doc as GuideDoc;
    expect(renderGuideHtml(doc, labels, owners)).toBe(tiptapGuideHtml(doc, labels, owners));
  });

  test('a guide with every node and mark', () => {
    expect(renderGuideHtml(fullGuide(), labels, owners)).toBe(tiptapGuideHtml(fullGuide(), labels, owners));
  });

  test('the generated 100-routine guide', () => {
    const doc = generateGuide(100);
    expect(renderGuideHtml(doc, labels)).toBe(tiptapGuideHtml(doc, labels));
  });
});
