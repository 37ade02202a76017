import { useCallback } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { levelOf, titleOf } from '../../plan/plans/level-names';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import type { CommentStatus, DispositionValue } from './public-comment-api';

/** The plan's own texts a comment can be about, besides its elements. */
export const planTextKeys = ['mission', 'vision', 'values'] as const;
const planTextLabel: Record<(typeof planTextKeys)[number], MessageKey> = { mission: 'planDetails.mission', vision: 'planDetails.vision', values: 'planDetails.values' };

/**
 * What a comment is about, in words: "Strategy G1.S1: Tutoring for early readers", "Mission", or
 * the whole draft. An element since removed from the plan still shows its key.
 */
export function usePartLabel(): (key: string | null) => string {
  const t = useT();
  const { index, levelNames } = usePlanWorkspace();
  return useCallback(
    (key: string | null) => {
      if (key === null) return t('publicComment.part.whole');
      if (key in planTextLabel) return t(planTextLabel[key as keyof typeof planTextLabel]);
      const element = index.byKey.get(key);
      if (!element) return t('publicComment.part.removed', { key });
      return t('publicComment.part.element', { level: levelOf(levelNames, element), key, title: titleOf(element) || t('outline.untitled') });
    },
    [t, index, levelNames],
  );
}

export const statusLabel: Record<CommentStatus, MessageKey> = {
  unconfirmed: 'publicComment.status.unconfirmed',
  pending: 'publicComment.status.pending',
  accepted: 'publicComment.status.accepted',
  hidden: 'publicComment.status.hidden',
};

export const dispositionLabel: Record<DispositionValue, MessageKey> = {
  accepted: 'publicComment.disposition.accepted',
  partly: 'publicComment.disposition.partly',
  not_accepted: 'publicComment.disposition.not_accepted',
  out_of_scope: 'publicComment.disposition.out_of_scope',
};

export const dispositionExplained: Record<DispositionValue, MessageKey> = {
  accepted: 'publicComment.disposition.acceptedText',
  partly: 'publicComment.disposition.partlyText',
  not_accepted: 'publicComment.disposition.not_acceptedText',
  out_of_scope: 'publicComment.disposition.out_of_scopeText',
};

const roleLabel: Record<string, MessageKey> = {
  families: 'publicComment.role.families',
  students: 'publicComment.role.students',
  teachers: 'publicComment.role.teachers',
  support_staff: 'publicComment.role.support_staff',
  principals: 'publicComment.role.principals',
  community: 'publicComment.role.community',
};

/** A commenter's role: the suggested roles in the reader's language; a district's own role key as it is. */
export function useRoleLabel(): (role: string) => string {
  const t = useT();
  return useCallback((role: string) => (roleLabel[role] ? t(roleLabel[role]) : role), [t]);
}
