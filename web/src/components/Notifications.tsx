import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

type Notify = (message: string) => void;

const NotifyContext = createContext<Notify>(() => {});

/** Short confirmations ("User created") shown in the corner. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('notifications');
  const { dispatchToast } = useToastController(toasterId);
  const notify = useCallback<Notify>(
    (message) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent: 'success', position: 'bottom-end', timeout: 3000 },
      ),
    [dispatchToast],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Toaster toasterId={toasterId} />
    </NotifyContext.Provider>
  );
}

export const useNotify = () => useContext(NotifyContext);
