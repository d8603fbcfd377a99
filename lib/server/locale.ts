import 'server-only';
import { cookies, headers } from 'next/headers';
import { currentActor } from './auth';
import { isLocale, localeFromAcceptLanguage, type Locale } from '@/lib/locale';

export const LOCALE_COOKIE = 'locale';

/** The user's own choice, else the cookie a signed-out visitor set, else the browser's language. */
export async function requestLocale(): Promise<Locale> {
  const actor = await currentActor();
  if (actor?.locale) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}
