import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/notifications';
import { paths } from '@/config/paths';
import { describeError, type Role, ScimError, type Versioned } from '@/scim';

import {
  draftOf,
  NEW_ROLE_DRAFT,
  planSave,
  rebase,
  type RoleDraft,
  toggle,
} from './role-draft';
import type { Baselines } from './role-model';
import {
  useCreateRole,
  useFetchFreshRole,
  useSaveRole,
} from './use-role-mutations';

type Step = 'editing' | 'reviewing' | 'conflict';

/**
 * The state of the role editor: the server copy the draft started from, the
 * draft, and the way through review, saving and a 412 conflict. What the
 * admin typed stays in the draft until they choose to discard it.
 */
export function useRoleEditor(
  initial: Versioned<Role> | null,
  otherRoles: readonly Role[],
  baselines: Baselines,
) {
  const [original, setOriginal] = useState(initial);
  const [draft, setDraft] = useState(() =>
    initial ? draftOf(initial.data) : NEW_ROLE_DRAFT,
  );
  const [step, setStep] = useState<Step>('editing');
  const [fresh, setFresh] = useState<Versioned<Role> | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useCreateRole();
  const save = useSaveRole();
  const fetchFresh = useFetchFreshRole();
  const notify = useNotify();
  const navigate = useNavigate();

  const role = original?.data ?? null;
  const plan = planSave(role, draft, baselines);

  const change = useCallback((next: Partial<RoleDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    if (next.name !== undefined) setNameError(null);
  }, []);

  // Stable, so that the many permission rows do not re-render on each tick.
  const togglePermission = useCallback(
    (name: string, checked: boolean) =>
      setDraft((current) => toggle(current, name, checked)),
    [],
  );

  function review() {
    const error = nameProblem(draft.name, role, otherRoles);
    setNameError(error);
    if (!error) setStep('reviewing');
  }

  function failed(error: ScimError) {
    setStep('editing');
    if (error.isConflict) setNameError(error.detail);
    else notify.error(`Could not save the role: ${describeError(error)}`);
  }

  function confirm() {
    if (plan.kind === 'none') return setStep('editing');
    if (plan.kind === 'create') {
      return create.mutate(plan.input, {
        onSuccess: (answer) => {
          notify.success(`Created role ${answer.data.name}.`);
          void navigate(paths.role(answer.data.id), { replace: true });
        },
        onError: failed,
      });
    }
    if (!original) return;
    save.mutate(
      { id: original.data.id, plan, etag: original.etag },
      {
        onSuccess: (answer) => {
          setOriginal(answer);
          setDraft(draftOf(answer.data));
          setStep('editing');
          notify.success(`Saved role ${answer.data.name}.`);
        },
        onError: async (error) => {
          if (!error.isStale) return failed(error);
          try {
            setFresh(await fetchFresh(original.data.id));
            setStep('conflict');
          } catch (reload) {
            failed(reload instanceof ScimError ? reload : error);
          }
        },
      },
    );
  }

  /** Takes the server's copy and puts the admin's change on top of it. */
  function reapply() {
    if (!original || !fresh) return;
    setDraft(rebase(original.data, draft, fresh.data));
    setOriginal(fresh);
    setFresh(null);
    setStep('reviewing');
  }

  /** Takes the server's copy and drops the admin's change. */
  function discard() {
    const next = fresh ?? original;
    setOriginal(next);
    setDraft(next ? draftOf(next.data) : NEW_ROLE_DRAFT);
    setFresh(null);
    setStep('editing');
  }

  return {
    original,
    draft,
    plan,
    step,
    fresh,
    nameError,
    pending: create.isPending || save.isPending,
    change,
    togglePermission,
    review,
    cancelReview: () => setStep('editing'),
    confirm,
    reapply,
    discard,
  };
}

export type RoleEditorState = ReturnType<typeof useRoleEditor>;

function nameProblem(
  name: string,
  role: Role | null,
  others: readonly Role[],
): string | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return 'A role needs a name.';
  if (['admin', 'member', 'viewer'].includes(wanted)) {
    return 'That is the name of a predefined role.';
  }
  const taken = others.some(
    (other) => other.id !== role?.id && other.name.toLowerCase() === wanted,
  );
  return taken ? 'Another role already has this name.' : null;
}
