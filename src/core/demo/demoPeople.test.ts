import { describe, expect, it } from 'vitest';
import { knownOffices } from './borderDistricts';
import { communities, type Community } from './demoPeople';
import { demoLogEntry, demoSuspect } from './demoRecords';
import { seededRandom } from './random';

type Script = 'en' | 'hi' | 'bn';

/** The communities whose lists hold this word in this script, for one part of a name. */
function communitiesWith(
  part: 'given' | 'surnames' | 'nicknames',
  word: string,
  script: Script,
): Set<Community> {
  const found = new Set<Community>();
  for (const [key, names] of Object.entries(communities) as Array<
    [Community, (typeof communities)[Community]]
  >) {
    const list = part === 'given' ? [...names.male, ...names.female] : names[part];
    if (list.some((name) => name[script] === word)) found.add(key);
  }
  return found;
}

function intersect(sets: Array<Set<Community>>): Community[] {
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((key) => rest.every((set) => set.has(key)));
}

const westBengal = knownOffices.find((office) => office.state === 'West Bengal');
const jharkhand = knownOffices.find((office) => office.state === 'Jharkhand');

describe('demo people', () => {
  it('ships every name in three scripts, in NFC', () => {
    for (const names of Object.values(communities)) {
      for (const name of [...names.male, ...names.female, ...names.surnames, ...names.nicknames]) {
        for (const script of ['en', 'hi', 'bn'] as const) {
          expect(name[script].trim(), JSON.stringify(name)).not.toBe('');
          expect(name[script]).toBe(name[script].normalize('NFC'));
        }
      }
    }
  });

  it.each([
    ['West Bengal', westBengal, 'bn'],
    ['Jharkhand', jharkhand, 'hi'],
  ] as const)(
    'never mixes communities within one %s suspect: name, father and alias, in the office script',
    (_state, office, script) => {
      if (!office) throw new Error('no office of that state');
      const random = seededRandom(11);
      const seen = new Set<Community>();
      for (let index = 0; index < 400; index += 1) {
        const suspect = demoSuspect(random, office);
        const [given = '', surname = ''] = suspect.fields.name.split(' ');
        const [fatherGiven = '', fatherSurname = ''] = suspect.fields.fatherName.split(' ');
        expect(fatherSurname).toBe(surname);
        const sets = [
          communitiesWith('given', given, script),
          communitiesWith('surnames', surname, script),
          communitiesWith('given', fatherGiven, script),
        ];
        const nickname = suspect.aliases[0];
        if (nickname) sets.push(communitiesWith('nicknames', nickname, script));
        const shared = intersect(sets);
        expect(
          shared,
          `${suspect.fields.name} s/o ${suspect.fields.fatherName} @ ${nickname}`,
        ).not.toEqual([]);
        for (const key of shared) seen.add(key);
        // The father's name is in the other scripts too.
        expect(suspect.fatherOtherNames).toHaveLength(2);
      }
      // Every community of the border appears.
      expect(seen.size).toBe(Object.keys(communities).length);
    },
  );

  it('writes log entries in Hindi, Bengali and English, with different vehicles', () => {
    const random = seededRandom(5);
    const texts = { hi: new Set<string>(), bn: new Set<string>() };
    let english = 0;
    for (const script of ['hi', 'bn'] as const) {
      for (let index = 0; index < 200; index += 1) {
        const entry = demoLogEntry(
          random,
          Date.UTC(2025, 10, 29),
          {
            script,
            suspectName: 'X',
            place: 'Nirsa',
            station: 'Nirsa',
            vehicle: `JH-10-AB-${1000 + index}`,
            caseIds: [],
            suspectIds: [],
            addressedTo: ['wb-adpc'],
          },
          null,
        );
        if (/[a-z]{3}/.test(entry.text.replace(/NH-19|CCTV|Bolero/g, ''))) english += 1;
        texts[script].add(entry.text);
      }
    }
    const devanagari = [...texts.hi].filter((text) => /[\u0900-\u097f]/.test(text));
    const bengali = [...texts.bn].filter((text) => /[\u0980-\u09ff]/.test(text));
    expect(devanagari.length).toBeGreaterThan(50);
    expect(bengali.length).toBeGreaterThan(50);
    expect(english).toBeGreaterThan(50);
    const kinds = [...texts.hi, ...texts.bn].filter((text) =>
      /Bolero|बोलेरो|বোলেরো|Pulsar|पल्सर|পালসার|dumper|डंपर|ডাম্পার/.test(text),
    );
    expect(kinds.length).toBeGreaterThan(10);
  });
});
