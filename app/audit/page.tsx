import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requirePermission } from '@/lib/server/guard';
import { listAudit } from '@/db/audit';
import { pageNumber } from '@/lib/validation/params';
import { auditSentence } from '@/lib/audit';

export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  const actor = await requirePermission('audit.read');
  const page = pageNumber((await searchParams).page);
  const { rows, pages } = listAudit(actor, page);
  const [t, tc, dates] = await Promise.all([getTranslations('audit'), getTranslations('common'), getDates()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('event')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const sentence = auditSentence(row, t('unknown'));
                return (
                  <tr key={row.id}>
                    <td>{dates.dateTime(row.at)}</td>
                    <td>{t(sentence.key, sentence.values)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={tc('pageOf', { page, pages })}>
        <p>
          {page > 1 && <Link href={`/audit?page=${page - 1}`}>{tc('previous')}</Link>} {tc('pageOf', { page, pages })}{' '}
          {page < pages && <Link href={`/audit?page=${page + 1}`}>{tc('next')}</Link>}
        </p>
      </nav>
    </>
  );
}
