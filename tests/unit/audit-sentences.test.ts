import { describe, expect, test, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import { AUDIT_ACTIONS, auditSentence, type AuditAction } from '@/lib/audit';
import { NOTIFICATION_KINDS, notificationKey } from '@/lib/notifications';
import { messageErrorHandler } from '@/lib/message-errors';
import { loadMessages } from '@/lib/messages';
import { LOCALES, type Locale } from '@/lib/locale';
import { messageKeysIn } from '../helpers/message-keys';

/** As the test server renders: a missing message or a value it lacks throws. */
const translator = <N extends 'audit' | 'notifications'>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: loadMessages(locale), namespace, onError: messageErrorHandler(true) });

/** The details each action is recorded with (db/*.ts), one example each; keyed by every action. */
const RECORDED: Record<AuditAction, Record<string, unknown> | null> = {
  'setup.completed': null,
  'signin.success': { ip: '10.0.0.7' },
  'signin.failure': { ip: '10.0.0.7' },
  'signin.rateLimited': { ip: '10.0.0.7' },
  'signin.oneTimePasswordExpired': { ip: '10.0.0.7' },
  'user.added': { role: 'reviewer' },
  'user.roleChanged': { from: 'reader', to: 'reviewer' },
  'user.deactivated': null,
  'user.reactivated': null,
  'user.passwordReset': null,
  'user.passwordChanged': null,
  'user.signInUnlocked': null,
  'guide.created': { guideId: 1, title: 'CRM' },
  'guide.published': { guideId: 1, version: 3, note: 'New contacts routine' },
  'guide.restored': { guideId: 1, from: 'v2' },
  'guide.readConfirmed': { guideId: 1, version: 3 },
  'review.policyChanged': { guideId: 1, required: 2, approverIds: [4, 5] },
  'review.submitted': { guideId: 1, requestId: 7, revisionId: 40 },
  'review.withdrawn': { guideId: 1, requestId: 7 },
  'review.approved': { guideId: 1, requestId: 7, revisionId: 40 },
  'review.changesRequested': { guideId: 1, requestId: 7, revisionId: 40 },
  'review.publishedApproved': { guideId: 1, requestId: 7, revisionId: 40, version: 4 },
};

const sentence = (locale: Locale, action: string, detail: Record<string, unknown> | null) => {
  const t = translator(locale, 'audit');
  const s = auditSentence(
    { action, detail, actorName: 'Kari Nordmann', targetName: 'Ola', guideTitle: 'CRM routines' },
    t('unknown'),
  );
  return t(s.key, s.values);
};

describe.each(LOCALES)('audit log in %s', (locale) => {
  test.each(AUDIT_ACTIONS)('%s reads as a sentence', (action) => {
    const text = sentence(locale, action, RECORDED[action]);
    expect(messageKeysIn(text)).toEqual([]);
    expect(text).not.toMatch(/[{}]|unknown|ukjent/);
    expect(text).toMatch(/Kari Nordmann|Ola/);
  });

  test('an old row without its details still reads as a sentence', () => {
    for (const action of AUDIT_ACTIONS) expect(sentence(locale, action, null)).not.toMatch(/[{}]/);
  });
});

test('details are words, not JSON', () => {
  expect(sentence('en', 'user.roleChanged', { from: 'reader', to: 'reviewer' })).toBe(
    'Kari Nordmann changed the role of Ola from reader to reviewer',
  );
  expect(sentence('nb', 'user.roleChanged', { from: 'reader', to: 'reviewer' })).toBe(
    'Kari Nordmann endret rollen til Ola fra leser til kontrollør',
  );
  expect(sentence('en', 'guide.published', { guideId: 1, version: 3, note: 'New contacts routine' })).toBe(
    'Kari Nordmann published version 3 of “CRM routines”: New contacts routine',
  );
  expect(sentence('en', 'review.policyChanged', { guideId: 1, required: 1, approverIds: null })).toBe(
    'Kari Nordmann set “CRM routines” to need 1 approval before publishing',
  );
  expect(sentence('en', 'some.futureAction', null)).toBe('Kari Nordmann: some.futureAction');
});

describe.each(LOCALES)('notifications in %s', (locale) => {
  test.each(NOTIFICATION_KINDS)('%s reads as a sentence', (kind) => {
    const text = translator(locale, 'notifications')(notificationKey(kind), { actor: 'Kari', guide: 'CRM' });
    expect(messageKeysIn(text)).toEqual([]);
    expect(text).toMatch(/^Kari .*CRM/);
  });
});

test('a missing message throws under test and is logged otherwise', () => {
  const messages = { audit: { title: 'Audit log' } };
  const strict = createTranslator({ locale: 'en', messages, namespace: 'audit', onError: messageErrorHandler(true) });
  expect(() => strict('nope' as 'title')).toThrow(/MISSING_MESSAGE/);
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const lenient = createTranslator({ locale: 'en', messages, namespace: 'audit', onError: messageErrorHandler(false) });
  expect(lenient('nope' as 'title')).toBe('audit.nope');
  expect(log).toHaveBeenCalledOnce();
  log.mockRestore();
});

test('message-key-looking text is found, addresses and file names are not', () => {
  expect(messageKeysIn('Anne: review.requested, see notifications.kind.other. anne@example.com guide.md')).toEqual([
    'review.requested',
    'notifications.kind.other',
  ]);
});
