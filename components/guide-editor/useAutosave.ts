'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GuideDoc } from '@/lib/doc/types';

export type Conflict = { version: number; doc: GuideDoc; updatedByName: string; updatedAt: string };
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; reason: string }
  | { state: 'conflict'; conflict: Conflict };

const DEBOUNCE_MS = 800;

/**
 * Saves the draft shortly after typing stops. Each save names the version it builds on; the server
 * refuses it (409) if someone saved in between, and then nothing more is sent until the user
 * chooses what to do. The latest text is always kept here, never dropped.
 */
export function useAutosave(guideId: number, initialVersion: number, offlineReason: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [version, setVersion] = useState(initialVersion);
  const versionRef = useRef(initialVersion);
  const pending = useRef<GuideDoc | null>(null);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Named, so that a save can schedule the next one (for text typed meanwhile) with itself.
  const flush = useCallback(
    async function save(): Promise<void> {
      if (inFlight.current || blocked.current || !pending.current) return;
      const doc = pending.current;
      pending.current = null;
      inFlight.current = true;
      setStatus({ state: 'saving' });
      try {
        const res = await fetch(`/api/guides/${guideId}/draft`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ baseVersion: versionRef.current, doc }),
        });
        const body = (await res.json().catch(() => ({}))) as { version?: number; message?: string; current?: Conflict };
        if (res.ok && body.version) {
          versionRef.current = body.version;
          setVersion(body.version);
          setStatus(pending.current ? { state: 'unsaved' } : { state: 'saved' });
        } else {
          pending.current ??= doc;
          if (res.status === 409 && body.current) {
            blocked.current = true;
            setStatus({ state: 'conflict', conflict: body.current });
          } else {
            if (res.status === 400 || res.status === 413 || res.status === 422) blocked.current = true;
            setStatus({ state: 'failed', reason: body.message ?? `HTTP ${res.status}` });
          }
        }
      } catch {
        pending.current ??= doc;
        setStatus({ state: 'failed', reason: offlineReason });
      } finally {
        inFlight.current = false;
      }
      if (pending.current && !blocked.current) timer.current = setTimeout(save, DEBOUNCE_MS);
    },
    [guideId, offlineReason],
  );

  const change = useCallback(
    (doc: GuideDoc) => {
      pending.current = doc;
      clearTimeout(timer.current);
      // During a conflict the text is kept but not sent until the user has chosen.
      if (status.state === 'conflict') return;
      blocked.current = false;
      setStatus({ state: 'unsaved' });
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [flush, status.state],
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

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { status, version, change, overwrite, takeTheirs, retry };
}
