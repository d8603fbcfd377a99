// `npm run guide -- <command>`: the guide tool for people who keep guides in files.
//   import FILE...            import Markdown/MDX files as new guides (database at DATABASE_PATH)
//          [--as EMAIL]       act as this ambassador (default: the first active one)
//   diff A.md B.md [--json]   compare two Markdown guides, as the web page does
//   --lang nb|en              the language of messages and summaries (default: English)
import fs from 'node:fs';
import path from 'node:path';
// next-intl's own core: the 'next-intl' entry pulls in React hooks that the react-server condition
// (needed here for the data layer's 'server-only') does not have.
import { createTranslator } from 'use-intl/core';
import { importMarkdown, MarkdownImportError } from '../lib/markdown';
import { prepareImportInWorker } from '../lib/server/markdown-worker';
import { reasonText } from '../lib/reasons';
import { listRoutines } from '../lib/doc/routines';
import { diffDocs, diffJson, renderTerminalDiff } from '../lib/diff';
import { datesFor } from '../lib/dates';
import { loadMessages } from '../lib/messages';
import { isLocale } from '../lib/locale';

const [command, ...rest] = process.argv.slice(2);

function option(name: string): string | undefined {
  const i = rest.indexOf(name);
  if (i === -1) return undefined;
  const value = rest[i + 1];
  rest.splice(i, 2);
  return value;
}

/**
 * The web app's catalogue in the language asked for, so the command line words reasons and changes
 * as the pages do; from use-intl/core, since next-intl's own entry points need Next or React.
 */
function catalogue() {
  const lang = option('--lang') ?? 'en';
  return isLocale(lang) ? { lang, t: createTranslator({ locale: lang, messages: loadMessages(lang) }) } : null;
}

function readGuideFile(file: string) {
  return importMarkdown(fs.readFileSync(file, 'utf8'), { fileName: path.basename(file) });
}

async function importFiles(): Promise<number> {
  const as = option('--as');
  const words = catalogue();
  if (rest.length === 0 || !words) return usage();
  const { cliActor } = await import('../db/users');
  const { createGuide } = await import('../db/guides');
  const actor = cliActor(as);
  if (!actor) {
    console.error(
      as
        ? `No ambassador with e-mail ${as}.`
        : 'No active ambassador: set up the app first (npm start, then the setup page).',
    );
    return 2;
  }
  let failed = 0;
  for (const file of rest) {
    const prepared = await prepareImportInWorker(fs.readFileSync(file, 'utf8'), path.basename(file));
    if (!prepared.ok) {
      failed++;
      console.error(`${file}: ${reasonText(words.t, prepared.error)}`);
      continue;
    }
    const { id } = createGuide(actor, {
      title: prepared.title,
      language: prepared.language,
      frontMatter: prepared.frontMatter,
      doc: prepared.doc,
    });
    console.log(`${file}: imported as guide ${id} "${prepared.title}" (${listRoutines(prepared.doc).length} routines)`);
    for (const warning of prepared.warnings) console.log(`  note: ${reasonText(words.t, warning)}`);
  }
  return failed ? 1 : 0;
}

function diff(): number {
  const words = catalogue();
  const asJson = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (files.length !== 2 || !words) return usage();
  try {
    const [a, b] = files.map((f) => readGuideFile(f).doc);
    const result = diffDocs(a, b);
    const t = createTranslator({ locale: words.lang, messages: loadMessages(words.lang), namespace: 'diff' });
    console.log(
      asJson
        ? JSON.stringify(diffJson(result), null, 2)
        : renderTerminalDiff(result, {
            color: process.stdout.isTTY === true,
            t,
            dates: datesFor(words.lang, process.env.TZ || 'Europe/Oslo'),
          }),
    );
    return 0;
  } catch (error) {
    if (error instanceof MarkdownImportError) console.error(reasonText(words.t, error.reason));
    else console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

function usage(): number {
  console.error(
    'Usage: npm run guide -- import FILE... [--as EMAIL] [--lang nb|en]\n       npm run -s guide -- diff A.md B.md [--json] [--lang nb|en]',
  );
  return 2;
}

const run: Record<string, () => number | Promise<number>> = { import: importFiles, diff };
process.exitCode = await (run[command ?? ''] ?? usage)();
