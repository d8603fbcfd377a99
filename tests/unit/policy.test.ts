import { describe, expect, test } from 'vitest';
import {
  canChangeRole,
  canComment,
  canDeactivate,
  canDecide,
  canPublishDraft,
  canPublishRequest,
  canReactivate,
  canResetPassword,
  canRestore,
  canSubmit,
  canWithdraw,
  changeRoleRefusal,
  countsAsApprover,
  deactivateRefusal,
  decideRefusal,
  enforce,
  publishDraftRefusal,
  publishRequestRefusal,
  resetPasswordRefusal,
  restoreRefusal,
  withdrawRefusal,
} from '@/lib/policy';
import { ForbiddenError, UserError } from '@/lib/errors';
import type { Role } from '@/lib/roles';

const anne = { id: 1, role: 'ambassador' as const };
const bjorn = { id: 2, role: 'ambassador' as const };
const rolf = { id: 3, role: 'reviewer' as const };
const rita = { id: 4, role: 'reviewer' as const };
const liv = { id: 5, role: 'reader' as const };

const anyReviewer = { required: 1, approverIds: null };
const onlyRita = { required: 1, approverIds: [rita.id] };
const openByAnne = { status: 'open', submittedBy: anne.id };

describe('countsAsApprover', () => {
  test.each([
    ['a reviewer, no named approvers', { ...rolf, active: true }, anyReviewer, true],
    ['an ambassador, no named approvers', { ...bjorn, active: true }, anyReviewer, true],
    ['a reader', { ...liv, active: true }, anyReviewer, false],
    ['a deactivated reviewer', { ...rolf, active: false }, anyReviewer, false],
    ['the named approver', { ...rita, active: true }, onlyRita, true],
    ['a reviewer who is not named', { ...rolf, active: true }, onlyRita, false],
    ['a named approver demoted to reader', { ...rita, role: 'reader' as Role, active: true }, onlyRita, false],
    ['a deactivated named approver', { ...rita, active: false }, onlyRita, false],
  ])('%s: %s', (_, person, policy, expected) => {
    expect(countsAsApprover(person, policy)).toBe(expected);
  });
});

describe('deciding (approve / ask for changes)', () => {
  test.each([
    ['a reviewer on an open request', rolf, openByAnne, anyReviewer, null],
    ['another ambassador', bjorn, openByAnne, anyReviewer, null],
    ['the submitter, though an ambassador', anne, openByAnne, anyReviewer, 'ownSubmission'],
    ['a reader', liv, openByAnne, anyReviewer, 'forbidden'],
    ['anyone on a closed request', rolf, { status: 'published', submittedBy: anne.id }, anyReviewer, 'reviewClosed'],
    ['a withdrawn request', rolf, { status: 'withdrawn', submittedBy: anne.id }, anyReviewer, 'reviewClosed'],
    ['the named approver', rita, openByAnne, onlyRita, null],
    ['a reviewer who is not named', rolf, openByAnne, onlyRita, 'notApprover'],
    ['a named approver demoted to reader', { ...rita, role: 'reader' as Role }, openByAnne, onlyRita, 'forbidden'],
    [
      'a named approver on their own submission',
      rita,
      { status: 'open', submittedBy: rita.id },
      onlyRita,
      'ownSubmission',
    ],
  ])('%s', (_, actor, request, policy, refusal) => {
    expect(decideRefusal(actor, request, policy)).toBe(refusal);
    expect(canDecide(actor, request, policy)).toBe(refusal === null);
  });
});

describe('the same decision twice', () => {
  test.each([
    ['approve after approving', 'approved', 'approved', 'alreadyDecided'],
    ['ask for changes after asking for changes', 'changes_requested', 'changes_requested', 'alreadyDecided'],
    ['ask for changes after approving', 'changes_requested', 'approved', null],
    ['approve after asking for changes', 'approved', 'changes_requested', null],
    ['approve with no decision yet', 'approved', null, null],
  ] as const)('%s', (_, wanted, latestOwn, refusal) => {
    expect(decideRefusal(rolf, openByAnne, anyReviewer, { wanted, latestOwn })).toBe(refusal);
  });

  test('the other refusals come first: a repeat on a closed request is closed', () => {
    const closed = { status: 'published', submittedBy: anne.id };
    expect(decideRefusal(rolf, closed, anyReviewer, { wanted: 'approved', latestOwn: 'approved' })).toBe(
      'reviewClosed',
    );
  });

  test('a repeat is a UserError, with a message for the decision', () => {
    expect(() => enforce('alreadyDecided', { decision: 'approved' })).toThrow(UserError);
  });
});

describe('withdrawing, submitting, commenting, publishing a request', () => {
  test('only an ambassador withdraws, and only an open request', () => {
    expect(canWithdraw(anne, openByAnne)).toBe(true);
    expect(canWithdraw(bjorn, openByAnne)).toBe(true);
    expect(withdrawRefusal(rolf, openByAnne)).toBe('forbidden');
    expect(withdrawRefusal(anne, { status: 'superseded', submittedBy: anne.id })).toBe('reviewClosed');
  });

  test('submitting and commenting follow the role', () => {
    expect([anne, rolf, liv].map(canSubmit)).toEqual([true, false, false]);
    expect([anne, rolf, liv].map(canComment)).toEqual([true, true, false]);
  });

  test.each([
    ['enough approvals', anne, openByAnne, true, null],
    ['too few approvals', anne, openByAnne, false, 'notEnoughApprovals'],
    ['a closed request', anne, { status: 'published', submittedBy: anne.id }, true, 'reviewClosed'],
    ['a reviewer', rolf, openByAnne, true, 'forbidden'],
  ])('publishing the approved revision: %s', (_, actor, request, met, refusal) => {
    expect(publishRequestRefusal(actor, request, { met })).toBe(refusal);
    expect(canPublishRequest(actor, request, { met })).toBe(refusal === null);
  });
});

describe('guides', () => {
  test('the draft is published directly only where no approval is required', () => {
    expect(canPublishDraft(anne, { required: 0 })).toBe(true);
    expect(publishDraftRefusal(anne, { required: 2 })).toBe('approvalRequired');
    expect(publishDraftRefusal(rolf, { required: 0 })).toBe('forbidden');
  });

  test('an ambassador restores a stored revision, never "the draft"', () => {
    expect(canRestore(anne, { id: 12 })).toBe(true);
    expect(restoreRefusal(anne, { id: null })).toBe('revisionNotFound');
    expect(restoreRefusal(rolf, { id: 12 })).toBe('forbidden');
  });
});

describe('people', () => {
  const person = (id: number, role: Role, active = true) => ({ id, role, active });

  test.each([
    ['another person', anne, person(rolf.id, 'reviewer'), 0, null],
    ['oneself', anne, person(anne.id, 'ambassador'), 1, 'notYourself'],
    ['oneself, the last ambassador', anne, person(anne.id, 'ambassador'), 0, 'notYourself'],
    ['another ambassador, one left', anne, person(bjorn.id, 'ambassador'), 1, null],
    ['the last active ambassador', anne, person(bjorn.id, 'ambassador'), 0, 'lastAmbassador'],
    ['as a reviewer', rolf, person(liv.id, 'reader'), 1, 'forbidden'],
  ])('deactivating %s', (_, actor, target, others, refusal) => {
    expect(deactivateRefusal(actor, target, others)).toBe(refusal);
    expect(canDeactivate(actor, target, others)).toBe(refusal === null);
  });

  test('nobody already inactive is deactivated, nobody active reactivated', () => {
    expect(canDeactivate(anne, person(rolf.id, 'reviewer', false), 1)).toBe(false);
    expect(canReactivate(anne, person(rolf.id, 'reviewer', false))).toBe(true);
    expect(canReactivate(anne, person(rolf.id, 'reviewer', true))).toBe(false);
    expect(canReactivate(rolf, person(liv.id, 'reader', false))).toBe(false);
  });

  test.each([
    ['another person', anne, rolf.id, null],
    ['oneself', anne, anne.id, 'notYourself'],
    ['as a reviewer', rolf, liv.id, 'forbidden'],
  ])('resetting the password of %s', (_, actor, id, refusal) => {
    expect(resetPasswordRefusal(actor, { id })).toBe(refusal);
    expect(canResetPassword(actor, { id })).toBe(refusal === null);
  });

  test.each([
    ['a reviewer to reader', anne, person(rolf.id, 'reviewer'), 'reader', 0, null],
    ['a reader to ambassador', anne, person(liv.id, 'reader'), 'ambassador', 0, null],
    ['oneself to reviewer while another ambassador is left', anne, person(anne.id, 'ambassador'), 'reviewer', 1, null],
    ['oneself, the last ambassador, to reader', anne, person(anne.id, 'ambassador'), 'reader', 0, 'lastAmbassador'],
    ['the last ambassador to ambassador (no change)', anne, person(anne.id, 'ambassador'), 'ambassador', 0, null],
    ['an inactive ambassador, none other active', anne, person(bjorn.id, 'ambassador', false), 'reader', 0, null],
    ['as a reviewer', rolf, person(liv.id, 'reader'), 'reviewer', 1, 'forbidden'],
  ] as const)('changing the role of %s', (_, actor, target, role, others, refusal) => {
    expect(changeRoleRefusal(actor, target, role, others)).toBe(refusal);
    expect(canChangeRole(actor, target, role, others)).toBe(refusal === null);
  });
});

describe('enforce', () => {
  test('passes when nothing is refused', () => {
    expect(() => enforce(null)).not.toThrow();
  });

  test.each(['forbidden', 'ownSubmission', 'notApprover'] as const)('%s is refused as forbidden', (refusal) => {
    expect(() => enforce(refusal)).toThrow(ForbiddenError);
  });

  test('other refusals are user errors carrying their message key and values', () => {
    const error = (() => {
      try {
        enforce('notEnoughApprovals', { have: 1, need: 2 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ messageKey: 'notEnoughApprovals', values: { have: 1, need: 2 } });
    expect(() => enforce('notYourself')).toThrow(UserError);
  });
});
