import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isLanguage, localeOf, type Language } from './languages';
import { createTranslate, type Translate } from './messages';

/** Where the chosen language is remembered on this computer. */
export const languageStorageKey = 'samanvay.language';

export interface I18n {
  language: Language;
  /** `en-IN`, `hi-IN` or `bn-IN`: for `Intl` dates and numbers. */
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Provides the chosen language and its translator; the choice survives a restart. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(
    () => initial ?? readStoredLanguage() ?? 'en',
  );

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(languageStorageKey, next);
    } catch {
      // Storage can be unavailable (private window); the choice then lasts for this session.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(
    () => ({ language, locale: localeOf[language], setLanguage, t: createTranslate(language) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and translator. */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an I18nProvider above it');
  return context;
}
