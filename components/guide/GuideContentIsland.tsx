'use client';
import { useEffect, useRef } from 'react';
import { islandStore } from '@/lib/html-islands';

/**
 * The rendered guide, without its HTML in the React payload. On the server the HTML is taken from
 * the in-process store by `htmlKey` and written into the page; in the browser React keeps what the
 * server wrote (an element's dangerouslySetInnerHTML is not re-applied while hydrating). After a
 * client-side navigation there is no server HTML, so the element fetches it from `src`.
 */
export function GuideContentIsland({ htmlKey, src }: { htmlKey: string; src: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const html = typeof window === 'undefined' ? (islandStore().get(htmlKey) ?? '') : '';

  useEffect(() => {
    const element = ref.current;
    if (!element || element.childNodes.length > 0) return;
    let cancelled = false;
    void fetch(src, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.text() : ''))
      .then((fetched) => {
        if (cancelled || !element.isConnected) return;
        element.innerHTML = fetched;
        if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
      });
    return () => {
      cancelled = true;
    };
  }, [src, htmlKey]);

  return (
    <div ref={ref} data-guide-content={htmlKey} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  );
}
