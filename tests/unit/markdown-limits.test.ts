import { describe, expect, test } from 'vitest';
import { lineNestingDepth, MARKDOWN_LIMITS, markdownLimitProblem } from '@/lib/markdown/limits';
import { topLevelChunks } from '@/lib/markdown/chunks';
import { parseMarkdown, parseMdx } from '@/lib/markdown/parse';

describe('markdownLimitProblem: refused before parsing', () => {
  test('the hostile files of issue 10 are refused at once', () => {
    const cases = ['>'.repeat(98 * 1024), '- '.repeat(3 * 1024) + 'a', '1. '.repeat(100) + 'x', '> - '.repeat(30)];
    for (const source of cases) {
      const started = performance.now();
      expect(markdownLimitProblem(source)).toMatchObject({ key: 'import.tooDeep', line: 1 });
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  test('the line that nests too deep is named', () => {
    const source = ['# Guide', '', '- a', '  - b', ' '.repeat(60) + '- far too deep'].join('\n');
    expect(markdownLimitProblem(source)).toMatchObject({ key: 'import.tooDeep', line: 5, values: { max: 20 } });
  });

  test('size and line count are limited', () => {
    expect(markdownLimitProblem('ø'.repeat(MARKDOWN_LIMITS.bytes / 2 + 1))).toMatchObject({
      key: 'import.tooLarge',
      values: { size: 1025, limit: 1024 },
    });
    expect(markdownLimitProblem('a\n'.repeat(MARKDOWN_LIMITS.lines))).toMatchObject({ key: 'import.tooManyLines' });
  });

  test('ordinary guides pass: nested lists, quotes, rules, deeply indented code', () => {
    const source = [
      '---',
      'title: Guide',
      '---',
      '> - quoted list',
      '>   1. nested',
      '',
      '- - -',
      '* * * * * * * * * * * * * * * * * * * * * * * *',
      '```yaml',
      ' '.repeat(80) + 'key: value',
      '```',
      '-1 is a number, 2024. was a year',
    ].join('\n');
    expect(markdownLimitProblem(source)).toBeNull();
  });

  test('depth counts markers and the indentation before them', () => {
    expect(lineNestingDepth('plain text')).toBe(0);
    expect(lineNestingDepth('        indented code')).toBe(0);
    expect(lineNestingDepth('- a')).toBe(1);
    expect(lineNestingDepth('>>> a')).toBe(3);
    expect(lineNestingDepth('    - a')).toBe(3);
    expect(lineNestingDepth('1) 2. - a')).toBe(4);
    expect(lineNestingDepth('-not a marker')).toBe(0);
  });
});

describe('topLevelChunks: the parser reads long files in pieces', () => {
  const routines = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<Routine id="r-${i}" title="R ${i}">\n\nStep ${i}.\n\n- one\n- two\n\n</Routine>\n`,
    ).join('\n');

  test('pieces are cut only between top-level blocks, and the tree is the same as parsed whole', () => {
    const source = `---\ntitle: x\n---\n\n${routines(300)}`;
    const chunks = topLevelChunks(source);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks.slice(1)) expect(chunk.text.startsWith('<Routine')).toBe(true);
    expect(chunks.map((c) => c.text).join('\n')).toBe(source);
    for (const chunk of chunks) expect(source.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
  });

  test('nothing is cut inside a code fence, an open tag or braces, or when references are defined', () => {
    const fenced = '```\n' + '\n\n# not a heading\n'.repeat(200) + '```\n';
    expect(topLevelChunks(fenced)).toHaveLength(1);
    const inNote = '<Note>\n' + '\n\n# heading in a note\n'.repeat(200) + '</Note>\n';
    expect(topLevelChunks(inNote)).toHaveLength(1);
    const referenced = '[a][x]\n' + '\n\n# heading\n'.repeat(200) + '\n[x]: https://example.com\n';
    expect(topLevelChunks(referenced)).toHaveLength(1);
  });

  test('positions in the pieced tree point into the whole file', () => {
    const source = `${routines(250)}\n# Last\n`;
    expect(topLevelChunks(source).length).toBeGreaterThan(1);
    for (const tree of [parseMdx(source), parseMarkdown(source)]) {
      const last = tree.children[tree.children.length - 1];
      expect(last.type).toBe('heading');
      const { start, end } = last.position!;
      expect(source.slice(start.offset, end.offset)).toBe('# Last');
      expect(start.line).toBe(source.split('\n').length - 1);
    }
  });

  test('2,000 routines parse in seconds, not minutes', () => {
    const started = performance.now();
    expect(parseMdx(routines(2000)).children).toHaveLength(2000);
    const seconds = (performance.now() - started) / 1000;
    console.log(`2,000 routines parsed in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(20);
  });
});
