import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { outline } from '@/lib/doc/outline';
import type { GuideDoc } from '@/lib/doc/types';
import styles from './GuideArticle.module.css';

/** A guide as readers see it: title, what version this is, contents, and the rendered document. */
export async function GuideArticle({
  title,
  language,
  doc,
  content,
  meta,
  actions,
  notice,
}: {
  title: string;
  language: 'nb' | 'en';
  doc: GuideDoc;
  /** The rendered guide (see GuideContentIsland, or a plain div for drafts). */
  content: ReactNode;
  meta: ReactNode;
  actions?: ReactNode;
  /** A panel under the header, e.g. "changed since you read version N". */
  notice?: ReactNode;
}) {
  const t = await getTranslations('guide');
  const toc = outline(doc).filter((e) => e.level <= 3 || e.kind === 'routine');
  return (
    <article className={styles.article} lang={language}>
      <header className={styles.header}>
        <h1>{title}</h1>
        <div className={styles.meta}>{meta}</div>
        {actions && <div className={`${styles.actions} no-print`}>{actions}</div>}
        {notice && <div className={`${styles.notice} no-print`}>{notice}</div>}
      </header>
      <div className={toc.length > 0 ? `${styles.layout} ${styles.withToc}` : styles.layout}>
        {toc.length > 0 && (
          <nav aria-labelledby="toc-heading" className={styles.toc}>
            <h2 id="toc-heading">{t('contents')}</h2>
            <ol>
              {toc.map((entry) => (
                <li key={entry.id} className={styles[`level${Math.min(entry.level, 4)}`]} data-kind={entry.kind}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className={styles.content}>{content}</div>
      </div>
    </article>
  );
}
