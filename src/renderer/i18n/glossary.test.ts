import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryConcept, type GlossaryLanguage } from '../../shared/glossary';
import { en } from './en';
import { languages } from './languages';
import { messagesOf } from './messages';

const allKeys = Object.keys(en);

/** The keys a concept lists, prefixes (ending in `.`) expanded. */
function keysOf(concept: GlossaryConcept): string[] {
  return concept.keys.flatMap((key) =>
    key.endsWith('.') ? allKeys.filter((k) => k.startsWith(key)) : [key],
  );
}

function textOf(language: GlossaryLanguage, key: string): string {
  const text = (messagesOf[language] as Record<string, string | undefined>)[key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return language === 'en' ? text.toLowerCase() : text;
}

function stemOf(concept: GlossaryConcept, language: GlossaryLanguage): string {
  const stem = concept.stem?.[language] ?? concept.term[language];
  return language === 'en' ? stem.toLowerCase() : stem;
}

function contains(text: string, word: string | RegExp): boolean {
  return typeof word === 'string' ? text.includes(word) : word.test(text);
}

describe('the glossary table', () => {
  it.each(languages)('gives each concept its own term in %s', (language) => {
    const seen = new Map<string, string>();
    for (const concept of glossary) {
      const term = concept.term[language];
      expect(seen.get(term), `${language} "${term}"`).toBeUndefined();
      seen.set(term, concept.concept);
    }
  });

  it('names only message keys that exist, and only concepts that exist', () => {
    const names = new Set(glossary.map((concept) => concept.concept));
    for (const concept of glossary) {
      expect(keysOf(concept).length, concept.concept).toBeGreaterThan(0);
      for (const key of keysOf(concept)) expect(allKeys, concept.concept).toContain(key);
      for (const other of concept.distinctFrom ?? []) expect(names).toContain(other);
    }
  });

  it('never lists a term of one concept among the words another must avoid', () => {
    for (const concept of glossary) {
      for (const language of languages) {
        for (const word of concept.avoid?.[language] ?? []) {
          for (const other of glossary) {
            if (other === concept || typeof word !== 'string') continue;
            expect(other.term[language], `${concept.concept} avoids ${word}`).not.toBe(word);
          }
        }
      }
    }
  });
});

describe.each(languages)('the %s messages follow the glossary', (language) => {
  it('use the glossary term wherever a message names the concept', () => {
    const misses: string[] = [];
    for (const concept of glossary) {
      for (const key of keysOf(concept)) {
        if (!textOf(language, key).includes(stemOf(concept, language))) {
          misses.push(`${key}: "${textOf(language, key)}" lacks "${stemOf(concept, language)}"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('never give one concept the word of a concept it was mixed up with', () => {
    const clashes: string[] = [];
    const byName = new Map(glossary.map((concept) => [concept.concept, concept]));
    for (const concept of glossary) {
      for (const otherName of concept.distinctFrom ?? []) {
        const other = byName.get(otherName);
        if (!other) continue;
        for (const key of keysOf(concept)) {
          if (textOf(language, key).includes(stemOf(other, language))) {
            clashes.push(`${key} (${concept.concept}) uses the ${other.concept} word`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never use a word the glossary says to avoid', () => {
    const found: string[] = [];
    for (const concept of glossary) {
      const keys = concept.avoidIn === 'keys' ? keysOf(concept) : allKeys;
      for (const word of concept.avoid?.[language] ?? []) {
        for (const key of keys) {
          if (contains(textOf(language, key), word)) {
            found.push(`${key}: "${textOf(language, key)}" has "${String(word)}"`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
