'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GuideDoc } from '@/lib/doc/types';

/** The newer draft a save ran into; `byYou` when it was saved by the same person (another window). */
export type Conflict = { version: number; doc: GuideDoc; updatedByName: string; updatedAt: string; byYou: boolean };
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; reason: string }
  | { state: 'conflict'; conflict: Conflict; mine: GuideDoc };

const DEBOUNCE_MS = 800;
/** Browsers refuse `keepalive` bodies over 64 KB in total; larger drafts rely on flush and beforeunload. */
const KEEPALIVE_MAX_BYTES = 60 * 1024;

type SaveAnswer = { version?: number; message?: string; current?: Conflict };

/**
 * Saves the draft shortly after typing stops. Each save names the version it builds on; the server
 * refuses it (409) if the draft was saved in between, and then nothing more is sent until the user
 * chooses what to do. The latest text is always kept here, never dropped.
 *
 * `flush()` saves what is pending right away (after the save in flight) and tells whether all is
 * saved; leaving the page waits for it (useLeaveGuard). When the page is hidden or closed, the
 * pending text goes out with `keepalive`, which outlives the page.
 */
export function useAutosave(guideId: number, initialVersion: number, offlineReason: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [version, setVersion] = useState(initialVersion);
  const versionRef = useRef(initialVersion);
  const pending = useRef<GuideDoc | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Sends the pending document once; resolves whether the server stored it. */
  const send = useCallback(
    (keepalive: boolean): Promise<boolean> => {
      const doc = pending.current!;
      pending.current = null;
      const body = JSON.stringify({ baseVersion: versionRef.current, doc });
      setStatus({ state: 'saving' });
      const request = (async () => {
        try {
          const res = await fetch(`/api/guides/${guideId}/draft`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body,
            keepalive: keepalive && new TextEncoder().encode(body).length <= KEEPALIVE_MAX_BYTES,
          });
          const answer = (await res.json().catch(() => ({}))) as SaveAnswer;
          if (res.ok && answer.version) {
            versionRef.current = answer.version;
            setVersion(answer.version);
            setStatus(pending.current ? { state: 'unsaved' } : { state: 'saved' });
            return true;
          }
          pending.current ??= doc;
          if (res.status === 409 && answer.current) {
            blocked.current = true;
            setStatus({ state: 'conflict', conflict: answer.current, mine: pending.current });
          } else {
            if (res.status === 400 || res.status === 413 || res.status === 422) blocked.current = true;
            setStatus({ state: 'failed', reason: answer.message ?? `HTTP ${res.status}` });
          }
        } catch {
          pending.current ??= doc;
          setStatus({ state: 'failed', reason: offlineReason });
        } finally {
          inFlight.current = null;
        }
        return false;
      })();
      inFlight.current = request;
      return request;
    },
    [guideId, offlineReason],
  );

  /** Saves now whatever is pending, after the save in flight; resolves whether everything is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    // One save at a time: two at once would both build on the same version and the second would
    // be refused as a conflict. Text typed meanwhile is sent next; a failed attempt ends the loop.
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (!pending.current || blocked.current || !(await send(false))) break;
    }
    if (pending.current && !blocked.current) timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    return !pending.current;
  }, [send]);

  const change = useCallback(
    (doc: GuideDoc) => {
      pending.current = doc;
      clearTimeout(timer.current);
      // During a conflict the text is kept (and compared) but not sent until the user has chosen.
      if (status.state === 'conflict') {
        setStatus({ ...status, mine: doc });
        return;
      }
      blocked.current = false;
      setStatus({ state: 'unsaved' });
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, status],
  );

  /** After a conflict: save my text over the newer draft, knowingly. */
  const overwrite = useCallback(() => {
    if (status.state !== 'conflict') return;
    versionRef.current = status.conflict.version;
    blocked.current = false;
    void flush();
  }, [flush, status]);

  /** After a conflict: continue from the other version; returns it for the editor to load. */
  const takeTheirs = useCallback((): Conflict | null => {
    if (status.state !== 'conflict') return null;
    const theirs = status.conflict;
    versionRef.current = theirs.version;
    setVersion(theirs.version);
    pending.current = null;
    blocked.current = false;
    setStatus({ state: 'saved' });
    return theirs;
  }, [status]);

  const retry = useCallback(() => {
    blocked.current = false;
    void flush();
  }, [flush]);

  /** Whether leaving now could lose text: something not yet sent, or a save not yet answered. */
  const unsaved = useCallback(() => pending.current !== null || inFlight.current !== null, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    // The page may be closed or discarded while hidden: send now, with a request that outlives it.
    const sendBeforeHiding = () => {
      if (!pending.current || blocked.current || inFlight.current) return;
      clearTimeout(timer.current);
      void send(true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendBeforeHiding();
    };
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', sendBeforeHiding);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', sendBeforeHiding);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [send, unsaved]);

  // Leaving the editor by a way the leave guard cannot hold (Back): the page's script lives on, so
  // the pending text is still sent.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { status, version, change, overwrite, takeTheirs, retry, flush, unsaved };
}
