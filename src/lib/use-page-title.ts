import { useEffect } from 'react';

const APP_NAME = 'SCIM Admin Console';

/** Sets the document title for the current screen. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
