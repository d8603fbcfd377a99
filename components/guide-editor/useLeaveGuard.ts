'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useRouter } from 'next/navigation';

type Guarded = {
  /** Whether leaving now could lose text. */
  unsaved: () => boolean;
  /** Saves what is pending; resolves whether everything is saved. */
  flush: () => Promise<boolean>;
};

/** The in-app address a plain click on this link goes to, or null for clicks the browser handles itself. */
function inAppTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin) return null; // leaves the app: beforeunload warns
  const here = new URL(window.location.href);
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null; // same page
  return url.pathname + url.search + url.hash;
}

/**
 * Holds every way of leaving the editor within the app until the draft is saved: clicks on in-app
 * links (a capture listener on window, so it runs before Next's <Link>) and forms outside the
 * editor (sign-out). If the save fails, `leaving` is set and the page asks (LeaveDialog) before
 * going on. Back cannot be held (popstate comes after the change); it starts the save at once,
 * and useAutosave sends anything still pending when the editor unmounts.
 */
export function useLeaveGuard({ unsaved, flush }: Guarded, editorRoot: RefObject<HTMLElement | null>) {
  const router = useRouter();
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const resubmitting = useRef<HTMLFormElement | null>(null);

  const leaveAfterSaving = useCallback(
    async (go: () => void) => {
      if (await flush()) go();
      else setLeaving(() => go);
    },
    [flush],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = inAppTarget(event);
      if (!target || !unsaved()) return;
      event.preventDefault();
      event.stopPropagation();
      void leaveAfterSaving(() => router.push(target));
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || editorRoot.current?.contains(form)) return;
      if (resubmitting.current === form || !unsaved()) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void leaveAfterSaving(() => {
        resubmitting.current = form;
        try {
          form.requestSubmit(submitter);
        } finally {
          resubmitting.current = null;
        }
      });
    };
    const onPopState = () => {
      if (unsaved()) void flush();
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('submit', onSubmit, true);
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('popstate', onPopState);
    };
  }, [unsaved, flush, leaveAfterSaving, router, editorRoot]);

  return {
    /** True while the page asks whether to leave without saving. */
    asking: leaving !== null,
    stay: () => setLeaving(null),
    leaveAnyway: () => {
      setLeaving(null);
      leaving?.();
    },
  };
}
