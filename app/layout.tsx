import type { Metadata } from 'next';
import { getLocale, getMessages, getTimeZone, getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/components/layout/IntlProvider';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { currentActor } from '@/lib/server/auth';
import { unreadCount } from '@/db/notifications';
import { mayUse } from '@/lib/actor';
import { CLIENT_NAMESPACES } from '@/lib/messages';
import { strictMessages } from '@/lib/message-errors';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` } };
}

export default async function RootLayout({ children }: LayoutProps<'/'>) {
  const [locale, timeZone, actor, t, messages] = await Promise.all([
    getLocale(),
    getTimeZone(),
    currentActor(),
    getTranslations('common'),
    getMessages(),
  ]);
  // Nothing but choosing a password is open to a one-time-password session, notices included.
  const unread = actor && mayUse(actor, 'account.self') ? unreadCount(actor) : 0;
  // Client components get only the catalogues they use; server components read the rest directly.
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
  return (
    <html lang={locale}>
      <body>
        <IntlProvider locale={locale} timeZone={timeZone} messages={clientMessages} strict={strictMessages()}>
          <SiteHeader actor={actor} title={t('appName')} unread={unread} />
          <main id="main" className="page">
            {children}
          </main>
        </IntlProvider>
      </body>
    </html>
  );
}
