import type { Language } from '../../i18n/languages';

const scriptOf: Record<Language, RegExp> = {
  en: /[A-Za-z]/,
  hi: /[\u0900-\u097f]/,
  bn: /[\u0980-\u09ff]/,
};

/** Whether `text` is written (at least partly) in the script of `language`. */
export function isInScriptOf(text: string, language: Language): boolean {
  if (language === 'en') return scriptOf.en.test(text) && !/[\u0900-\u09ff]/.test(text);
  return scriptOf[language].test(text);
}

export interface DisplayName {
  /** The name in the operator's script where the dossier has one, otherwise the original. */
  shown: string;
  /** The name as recorded, when it differs from `shown`. */
  original: string | undefined;
}

/**
 * Picks the name to show an operator reading `language`: the recorded name if it is already
 * in that script, else the first other name that is (Devanagari for Hindi, Bengali for
 * Bengali, Latin for English); the recorded name follows as the original.
 */
export function displayName(
  name: string,
  otherNames: readonly string[],
  language: Language,
): DisplayName {
  if (isInScriptOf(name, language)) return { shown: name, original: undefined };
  const inScript = otherNames.find((other) => isInScriptOf(other, language));
  if (!inScript || inScript === name) return { shown: name, original: undefined };
  return { shown: inScript, original: name };
}
