import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './api/dispatch';
import type { Core } from './coreTypes';
import { tempCore } from './testing/tempCore';

// ज़ as one code point (U+095B) and as ज + nukta (U+091C U+093C); য় likewise.
const zakirPrecomposed = '\u095Bाकिर अंसारी';
const zakirDecomposed = '\u091C\u093Cाकिर अंसारी';
const bijoyPrecomposed = 'বিজ\u09DF মাহাতো';
const bijoyDecomposed = 'বিজ\u09AF\u09BC মাহাতো';

const suspect = (name: string, alias: string) => ({
  name,
  fatherName: '',
  age: 31,
  dateOfBirth: null,
  sex: 'male',
  address: '',
  marks: '',
  heightCm: null,
  build: '',
  mo: '',
  gang: '',
  status: 'wanted',
  reward: 0,
  primaryPhoto: null,
  sharing: 'network',
  aliases: [alias],
});

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const outcome = await dispatch(core.api, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.result;
}

async function namesFound(core: Core, text: string): Promise<string[]> {
  const page = (await call(core, 'suspects.list', { text })) as { items: Array<{ name: string }> };
  return page.items.map((item) => item.name);
}

describe('strings are stored and searched in NFC', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('finds a name saved with one keyboard form of ज़ or য় when searched with the other', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    await call(node.core, 'suspects.create', suspect(zakirPrecomposed, 'ज़ाकिर'));
    await call(node.core, 'suspects.create', suspect(bijoyDecomposed, 'বাপি'));

    expect(await namesFound(node.core, '\u091C\u093Cाकिर')).toEqual([zakirDecomposed.normalize()]);
    expect(await namesFound(node.core, '\u095Bाकिर')).toEqual([zakirDecomposed.normalize()]);
    expect(await namesFound(node.core, 'বিজ\u09DF')).toEqual([bijoyPrecomposed.normalize()]);
    expect(await namesFound(node.core, 'বিজ\u09AF\u09BC')).toEqual([bijoyPrecomposed.normalize()]);
  });

  it('stores one spelling whichever form was typed', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    const { id } = (await call(node.core, 'suspects.create', suspect(bijoyPrecomposed, 'x'))) as {
      id: string;
    };
    const detail = (await call(node.core, 'suspects.detail', { id })) as { name: string };
    expect(detail.name).toBe(bijoyDecomposed.normalize('NFC'));
    expect(detail.name).not.toContain('\u09DF');
  });
});
