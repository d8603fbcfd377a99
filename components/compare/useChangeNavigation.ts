'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

/** Keys typed into these are text, not shortcuts. */
const TYPING =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"]';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Next/previous change: buttons call `next`/`previous`, and so do j/n and k/p anywhere outside a
 * text field. The position is kept in half steps (2c = on change c, 2c + 1 = between c and
 * c + 1) so that after the reader clicks an unchanged block, "next" and "previous" go to the
 * changes around it rather than around the last one visited.
 */
export function useChangeNavigation({
  count,
  element,
}: {
  count: number;
  /** The focusable element of change `index` (0-based). */
  element: (index: number) => HTMLElement | null;
}) {
  const t = useTranslations('compare');
  const position = useRef(-1);
  const [announcement, setAnnouncement] = useState('');

  const go = useCallback(
    (target: number) => {
      if (count === 0) return;
      const index = Math.min(Math.max(target, 0), count - 1);
      position.current = 2 * index;
      const el = element(index);
      if (el) {
        el.focus({ preventScroll: true });
        if (typeof el.scrollIntoView === 'function')
          el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      }
      const text = t('changePosition', { index: index + 1, total: count });
      // A live region stays silent when its text does not change, e.g. on "next" at the last change.
      setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
    },
    [count, element, t],
  );

  const next = useCallback(() => go(Math.floor(position.current / 2) + 1), [go]);
  const previous = useCallback(() => go(Math.ceil(position.current / 2) - 1), [go]);
  /** Called when the reader focuses a block some other way (click, Tab, a summary link). */
  const placeAt = useCallback((halfStep: number) => {
    position.current = halfStep;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'j' || event.key === 'n') {
        event.preventDefault();
        next();
      } else if (event.key === 'k' || event.key === 'p') {
        event.preventDefault();
        previous();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, previous]);

  return { announcement, next, previous, placeAt };
}
