import { describe, expect, it } from 'vitest';
import { matchPersons, nameScore, samePersonThreshold } from './personMatch';

describe('matchPersons', () => {
  it('matches one man written in three scripts and says why', () => {
    const match = matchPersons(
      { names: ['Md. Rabiul Sheikh'], fatherName: 'Habibul Sheikh', age: 34 },
      { names: ['মোঃ রবিউল শেখ'], fatherName: 'হাবিবুল শেখ', age: 36 },
    );
    expect(match.score).toBeGreaterThanOrEqual(samePersonThreshold);
    expect(match.reasons).toEqual(['name', 'fatherName', 'age']);
  });

  it('matches on an alias', () => {
    const match = matchPersons(
      { names: ['Rabiul Sheikh'], aliases: ['Rabiul SK'] },
      { names: ['Rabiul SK'] },
    );
    expect(match.reasons).toContain('name');
    const byAlias = matchPersons({ names: ['Abdul Karim'], aliases: ['Kalu'] }, { names: ['कालू'] });
    expect(byAlias.reasons).toEqual(['alias']);
  });

  it('keeps father and son apart though they share a surname and address', () => {
    const match = matchPersons(
      {
        names: ['Rabiul Sheikh'],
        fatherName: 'Habibul Sheikh',
        age: 30,
        address: 'Nirsa, Dhanbad',
      },
      { names: ['Habibul Sheikh'], fatherName: 'Karim Sheikh', age: 58, address: 'Nirsa, Dhanbad' },
    );
    expect(match.score).toBeLessThan(samePersonThreshold);
  });

  it('keeps two men of one common name apart when the father and age differ', () => {
    const match = matchPersons(
      { names: ['Ramesh Kumar Mondal'], fatherName: 'Haripada Mondal', age: 25 },
      { names: ['Ramesh Mandal'], fatherName: 'Sukumar Mondal', age: 47 },
    );
    expect(match.score).toBeLessThan(samePersonThreshold);
  });

  it('scores a name by its words, whatever their order and script', () => {
    expect(nameScore('Sheikh Rabiul', 'রবিউল শেখ')).toBe(1);
    expect(nameScore('Rabiul', 'Rabiul Sheikh')).toBe(0.5);
    expect(nameScore('Ramesh', 'Suresh')).toBe(0);
  });
});

describe('matchPersons: brothers, compounds and Kumar', () => {
  it('does not take two brothers of one father and age for one man', () => {
    const { score } = matchPersons(
      { names: ['Vijay Yadav'], fatherName: 'Ramdeo Yadav', age: 31 },
      { names: ['अजीत यादव'], fatherName: 'रामदेव यादव', age: 30 },
    );
    expect(score).toBeLessThan(samePersonThreshold);
  });

  it('matches a father written as one word or two, and a name with and without Kumar', () => {
    const { score, reasons } = matchPersons(
      { names: ['Sunil Kumar Hembram'], fatherName: 'Chunaram Hembram', age: 33 },
      { names: ['Sunil Hembrom'], fatherName: 'Chuna Ram Hembrom', age: 32 },
    );
    expect(score).toBeGreaterThanOrEqual(samePersonThreshold);
    expect(reasons).toContain('fatherName');
  });
});
