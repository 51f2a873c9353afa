import { suspectExtraDefaults, suspectExtraSetDefaults } from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { tempNode } from '../testing/tempCore';

const suspect = {
  fatherName: '',
  age: null,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  dateOfBirth: null,
  sex: 'male' as const,
  address: '',
  marks: '',
  heightCm: null,
  build: '',
  mo: '',
  gang: '',
  status: 'wanted' as const,
  reward: 0,
  primaryPhoto: null,
  sharing: 'network' as const,
  aliases: [],
  otherNames: [],
  phones: [],
  vehicles: [],
  photos: [],
};

describe('possible same person', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('finds the dossier written in another script, says why, and leaves out the father', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api } = node;
    const { id } = await api['suspects.create']({
      ...suspect,
      name: 'Md. Rabiul Sheikh',
      fatherName: 'Habibul Sheikh',
      age: 34,
      phones: ['+91 98765 43210'],
    });
    const { id: bengali } = await api['suspects.create']({
      ...suspect,
      name: 'মোঃ রবিউল শেখ',
      fatherName: 'হাবিবুল শেখ',
      age: 36,
      phones: ['09876543210'],
    });
    await api['suspects.create']({
      ...suspect,
      name: 'Habibul Sheikh',
      fatherName: 'Karim Sheikh',
      age: 61,
    });
    const matches = await api['suspects.similar']({ id, limit: 5 });
    expect(matches.map((match) => match.suspect.id)).toEqual([bengali]);
    expect(matches[0]?.reasons).toEqual(['name', 'fatherName', 'age', 'phone']);
  });

  it('finds a dossier by a shared phone written another way, whatever the name', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api } = node;
    const { id } = await api['suspects.create']({
      ...suspect,
      name: 'Kalu',
      phones: ['+91 98765 43210'],
      age: 30,
    });
    const { id: other } = await api['suspects.create']({
      ...suspect,
      name: 'Abdul Karim',
      aliases: ['Kalu'],
      phones: ['9876543210'],
      age: 31,
    });
    const matches = await api['suspects.similar']({ id, limit: 5 });
    expect(matches.map((match) => match.suspect.id)).toEqual([other]);
    expect(matches[0]?.reasons).toEqual(expect.arrayContaining(['alias', 'phone', 'age']));
  });
});
