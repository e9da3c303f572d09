import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';

import { useOpenedOnce } from '@/lib/use-opened-once';

import type { Notice } from './notice-toast';

type Severity = Notice['severity'];

// The toast (Snackbar, Alert) loads with the first notice, not with the
// console: most screens paint long before anything is announced.
const NoticeToast = lazy(() =>
  import('./notice-toast').then((m) => ({ default: m.NoticeToast })),
);

interface Notify {
  success(message: string): void;
  error(message: string): void;
}

const NotifyContext = createContext<Notify | null>(null);

/**
 * Announces the results of actions: successes in a `status` region, failures
 * in an `alert`, so that assistive technology reads them out.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);

  const show = useCallback((severity: Severity, message: string) => {
    setNotice({ key: Date.now(), severity, message });
  }, []);

  const notify = useMemo<Notify>(
    () => ({
      success: (message) => show('success', message),
      error: (message) => show('error', message),
    }),
    [show],
  );

  const close = () => setNotice(null);
  const shown = useOpenedOnce(notice !== null);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {shown ? (
        <Suspense fallback={null}>
          <NoticeToast notice={notice} onClose={close} />
        </Suspense>
      ) : null}
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify needs a NotificationsProvider.');
  return notify;
}
