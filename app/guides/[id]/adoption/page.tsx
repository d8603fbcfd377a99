import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requireGuide } from '@/lib/server/guard';
import { getPublished } from '@/db/guides';
import { adoption } from '@/db/reading';

export default async function AdoptionPage({ params }: PageProps<'/guides/[id]/adoption'>) {
  const { actor, guide } = await requireGuide('guide.adoption', params);
  const [t, tc, dates] = await Promise.all([getTranslations('reading'), getTranslations('common'), getDates()]);
  const current = getPublished(actor, guide.id)?.version ?? null;
  const { rows, totals } = adoption(actor, guide.id, current);
  const date = (d: Date | null) => (d ? dates.dateTime(d) : t('never'));
  return (
    <>
      <h1>{t('adoptionTitle', { title: guide.title })}</h1>
      {current === null ? (
        <p>{t('adoptionNone')}</p>
      ) : (
        <>
          <p className="lead">{t('adoptionIntro', { version: current })}</p>
          <p role="status">
            {t('totals', {
              confirmed: totals.confirmed,
              total: totals.total,
              version: current,
              behind: totals.behind,
              never: totals.neverOpened,
            })}
          </p>
          <p>
            <a className="button secondary" href={`/api/guides/${guide.id}/adoption`} download>
              {t('csv')}
            </a>
          </p>
          <div style={{ overflowX: 'auto' }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('person')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('confirmedVersion')}</th>
                  <th scope="col">{t('behind')}</th>
                  <th scope="col">{t('lastOpened')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.userId}>
                    <th scope="row">{r.name}</th>
                    <td>{tc(`roles.${r.role}`)}</td>
                    <td>{r.confirmedVersion ? `v${r.confirmedVersion} · ${date(r.confirmedAt)}` : t('never')}</td>
                    <td>{r.behind === 0 ? t('upToDateShort') : t('behindCount', { count: r.behind ?? 0 })}</td>
                    <td>{r.lastOpenedAt ? `v${r.lastOpenedVersion} · ${date(r.lastOpenedAt)}` : t('neverOpened')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
