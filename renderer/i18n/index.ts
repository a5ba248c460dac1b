import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { englishMessages } from './resources';

const english = englishMessages();

// Resources are bundled, so initialisation is synchronous: the first render already has text.
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: english },
  ns: Object.keys(english),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export { i18next, useTranslation };
/** i18next.t for code outside React (commands, the host), with plain string typing. */
export function translate(key: string, values: Record<string, unknown> = {}): string {
  return i18next.t(key, values);
}

/** The translation function for any namespace: `const t = useT(); t('shell:menu.file')`. */
export function useT() {
  return useTranslation().t;
}
