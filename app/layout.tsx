import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { currentActor } from '@/lib/server/auth';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, actor, t] = await Promise.all([getLocale(), currentActor(), getTranslations('common')]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <SiteHeader actor={actor} title={t('appName')} />
          <main id="main" className="page">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
