import Link from 'next/link';
import type { Messages } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/actor';
import { can, type Permission } from '@/lib/permissions';
import { signOutAction } from '@/app/login/actions';
import styles from './SiteHeader.module.css';

const NAV: { href: string; key: keyof Messages['common']['nav']; permission: Permission }[] = [
  { href: '/', key: 'home', permission: 'guide.read' },
  { href: '/owners', key: 'owners', permission: 'guide.read' },
  { href: '/search', key: 'search', permission: 'guide.read' },
  { href: '/reviews', key: 'reviews', permission: 'review.read' },
  { href: '/people', key: 'people', permission: 'people.manage' },
  { href: '/audit', key: 'audit', permission: 'audit.read' },
  { href: '/account', key: 'account', permission: 'account.self' },
];

/** `unread`: how many of the signed-in user's notifications are unread. */
export async function SiteHeader({ actor, title, unread }: { actor: Actor | null; title: string; unread: number }) {
  const t = await getTranslations('common');
  return (
    <header className={`${styles.header} no-print`}>
      <a className="visually-hidden" href="#main">
        {t('skipToContent')}
      </a>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          {title}
        </Link>
        {actor && (
          <nav aria-label={t('mainNav')} className={styles.nav}>
            <ul>
              {NAV.filter((item) => can(actor.role, item.permission)).map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {actor && (
          <div className={styles.user}>
            <Link
              href="/notifications"
              className={styles.bell}
              aria-label={`${t('nav.notifications')}: ${t('unread', { count: unread })}`}
            >
              {t('nav.notifications')}
              {unread > 0 && (
                <span className={styles.badge} aria-hidden="true">
                  {unread}
                </span>
              )}
            </Link>
            <span>
              {actor.name} · {t(`roles.${actor.role}`)}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="secondary">
                {t('signOut')}
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
