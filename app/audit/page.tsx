import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requirePermission } from '@/lib/server/guard';
import { listAudit } from '@/db/audit';
import { pageNumber } from '@/lib/validation/params';
import type { MessageKey } from '@/lib/messages';

export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  const actor = await requirePermission('audit.read');
  const page = pageNumber((await searchParams).page);
  const { rows, pages } = listAudit(actor, page);
  const [t, tc, dates] = await Promise.all([getTranslations('audit'), getTranslations('common'), getDates()]);
  // Actions are stored as text ("user.added"); those with a name in words are translated (checked
  // here at run time), any other is shown as stored.
  const actionName = (action: string) => {
    const key = `actions.${action}` as Extract<MessageKey<'audit'>, `actions.${string}`>;
    return t.has(key) ? t(key) : action;
  };
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
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('whom')}</th>
                <th scope="col">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{dates.dateTime(row.at)}</td>
                  <td>{row.actorName ?? '—'}</td>
                  <td>{actionName(row.action)}</td>
                  <td>{row.targetName ?? ''}</td>
                  <td>
                    <code>{row.detail ? JSON.stringify(row.detail) : ''}</code>
                  </td>
                </tr>
              ))}
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
