import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requireActor } from '@/lib/server/guard';
import { listNotifications } from '@/db/notifications';
import { ActionForm } from '@/components/forms/ActionForm';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { markNotificationsReadAction } from '@/app/reviews/actions';
import styles from '@/components/review/review.module.css';
import { notificationKey } from '@/lib/notifications';

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [t, dates] = await Promise.all([getTranslations('notifications'), getDates()]);
  const items = listNotifications(actor);
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      {items.some((n) => !n.readAt) && (
        <ActionForm action={markNotificationsReadAction}>
          <SubmitButton className="secondary">{t('markAllRead')}</SubmitButton>
        </ActionForm>
      )}
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className={styles.requests}>
          {items.map((n) => {
            const text = t(notificationKey(n.kind), { actor: n.actorName ?? '—', guide: n.guideTitle });
            return (
              <li key={n.id}>
                {!n.readAt && <strong>{t('unread')}: </strong>}
                {n.requestId ? <Link href={`/reviews/${n.requestId}`}>{text}</Link> : text}
                <div className={styles.meta}>{dates.dateTime(n.createdAt)}</div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
