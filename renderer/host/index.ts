import type { HostApi } from '../../models/host/HostApi';
import { dialogs } from '../store/dialogs';
import { i18next } from '../i18n';
import { createBrowserHost, withProjectExtension } from './browser';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge. */
    convergenceHost?: HostApi;
  }
}

function askFileName(suggestedName: string): Promise<string | null> {
  return dialogs.prompt({
    title: i18next.t('shell:saveAs.title'),
    label: i18next.t('shell:saveAs.label'),
    initialValue: withProjectExtension(suggestedName),
    confirmLabel: i18next.t('shell:saveAs.confirm'),
    validate: (value) => (value.trim().length === 0 ? i18next.t('shell:saveAs.required') : null),
  });
}

/** The Electron host when the preload exposed one, otherwise the browser host. */
export const host: HostApi = window.convergenceHost ?? createBrowserHost({ promptFileName: askFileName });
