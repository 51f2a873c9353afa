import { afterEach, describe, expect, it } from 'vitest';
import { lookoutInputFor, suspectInputFor } from '../services/lookoutTestKit';
import { tempNode } from '../testing/tempCore';
import { readBulletinData } from './bulletinData';
import { bulletinHtml } from './bulletinHtml';

const now = Date.UTC(2026, 11, 1, 6);
const today = '2026-12-01';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('the bulletin’s lookout sections', () => {
  it('prints new lookouts once, hits with their replies, and withdrawn lookouts', async () => {
    const { api, context, cleanup } = await tempNode({ now: () => now });
    cleanups.push(cleanup);
    const { id: wanted } = await api['lookouts.raise'](lookoutInputFor(now, { reward: 50_000 }));
    const { id: vehicle } = await api['lookouts.raise'](
      lookoutInputFor(now, {
        target: 'vehicle',
        name: '',
        vehicle: 'JH10AB1234',
        kind: 'look_out_for',
        reward: 0,
      }),
    );
    await api['lookouts.withdraw']({ id: vehicle, reason: 'Vehicle recovered at Nirsa' });
    await api['suspects.create'](suspectInputFor({ name: 'रबीउल शेख', fatherName: 'अब्दुल शेख' }));
    const [hit] = await api['hits.list']({ lookoutId: wanted, limit: 5 });
    await api['hits.reply']({ hitId: hit?.id ?? '', verdict: 'arrested', note: '' });

    const data = readBulletinData(context.store.db, today);
    expect(data.lookouts.map((card) => card.text)).toEqual([
      'WANTED: Md. Rabiul Sheikh. Arrest and inform Dhanbad control room. Reward ₹50,000.',
      'LOOK OUT: JH-10-AB-1234. Arrest and inform Dhanbad control room.',
    ]);
    expect(data.withdrawn.map((card) => card.text)).toEqual([
      'LOOK OUT: JH-10-AB-1234. Vehicle recovered at Nirsa',
    ]);
    expect(data.arrests.map((row) => row.text)).toEqual([
      "Hit on lookout Md. Rabiul Sheikh: रबीउल शेख (same phonetic name, father's name matches); reply: arrested",
    ]);
    const html = bulletinHtml(data, 'hi');
    expect(html).toContain('Vehicle recovered at Nirsa');
    expect(html).toContain('reply: arrested');
    // A day without any: the sections say so.
    const empty = readBulletinData(context.store.db, '2026-11-01');
    expect([empty.lookouts, empty.withdrawn, empty.arrests]).toEqual([[], [], []]);
  });
});
