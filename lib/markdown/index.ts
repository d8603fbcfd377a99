/**
 * Markdown/MDX <-> guide document. Import keeps front matter as metadata and everything it cannot
 * represent as text (with a warning naming the line); export writes readable Markdown that imports
 * back to the same document.
 */
export { importMarkdown, type ImportResult } from '@/lib/markdown/import';
export { exportMarkdown } from '@/lib/markdown/export';
export { MarkdownImportError } from '@/lib/markdown/errors';
