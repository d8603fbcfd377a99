import { outline } from '@/lib/doc/outline';
import { listRoutines } from '@/lib/doc/routines';
import type { PreparedImport, TitleCandidate } from '@/lib/guide-import';
import type { ImportMessage } from '@/lib/markdown/errors';

/** What an upload would become, shown before anything is saved. Warnings are worded already. */
export type ImportPreview = {
  fileName: string;
  titles: TitleCandidate[];
  routines: string[];
  sections: string[];
  warnings: string[];
};

export function importPreview(
  prepared: Extract<PreparedImport, { ok: true }>,
  fileName: string,
  word: (warning: ImportMessage) => string,
): ImportPreview {
  return {
    fileName,
    titles: prepared.titles,
    routines: listRoutines(prepared.doc).map((routine) => routine.title || routine.id),
    sections: outline(prepared.doc)
      .filter((entry) => entry.kind === 'heading')
      .map((entry) => entry.text),
    warnings: prepared.warnings.map(word),
  };
}
