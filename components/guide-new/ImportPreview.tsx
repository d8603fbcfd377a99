import { useTranslations } from 'next-intl';
import type { ImportPreview as Preview } from '@/lib/import-preview';
import type { TitleSource } from '@/lib/guide-import';
import styles from './NewGuide.module.css';

const SOURCE_LABEL = {
  frontMatter: 'titleFromFrontMatter',
  heading: 'titleFromHeading',
  fileName: 'titleFromFileName',
} as const satisfies Record<TitleSource, string>;

/** What an upload would become: a choice of title, its routines and sections, and every warning. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useTranslations('newGuide');
  return (
    <section aria-labelledby="import-preview-heading" className={styles.preview}>
      <h3 id="import-preview-heading">{t('previewHeading')}</h3>
      <p className={styles.description}>{t('previewIntro')}</p>
      <fieldset className={styles.group}>
        <legend>{t('chooseTitle')}</legend>
        {preview.titles.map((candidate, index) => (
          <label key={candidate.source} className={styles.choice}>
            <input type="radio" name="titleFrom" value={candidate.source} defaultChecked={index === 0} />
            <span>
              {candidate.title}
              <span className={styles.description}>{t(SOURCE_LABEL[candidate.source])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <h4 id="import-routines-heading">{t('routineCount', { count: preview.routines.length })}</h4>
      {preview.routines.length > 0 && (
        <ul aria-labelledby="import-routines-heading">
          {preview.routines.map((title, index) => (
            <li key={index}>{title}</li>
          ))}
        </ul>
      )}
      <h4 id="import-sections-heading">{t('sectionCount', { count: preview.sections.length })}</h4>
      {preview.sections.length > 0 && (
        <ul aria-labelledby="import-sections-heading">
          {preview.sections.map((title, index) => (
            <li key={index}>{title}</li>
          ))}
        </ul>
      )}
      <h4 id="import-warnings-heading">{t('warningCount', { count: preview.warnings.length })}</h4>
      {preview.warnings.length === 0 ? (
        <p>{t('noWarnings')}</p>
      ) : (
        <>
          <p className={styles.description}>{t('warningsIntro')}</p>
          {/* Focusable so a keyboard can scroll a long list. */}
          <ul aria-labelledby="import-warnings-heading" className={styles.warnings} tabIndex={0}>
            {preview.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
