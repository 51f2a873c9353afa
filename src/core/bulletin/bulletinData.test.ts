import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNode, kulti, type TestNode } from '../bundles/bundleTestKit';
import { createBulletinApi } from './bulletinApi';
import { readBulletinData } from './bulletinData';

const istDate = (at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(at);
const today = istDate(Date.now());
const yesterday = istDate(Date.now() - 86_400_000);
const lastWeek = istDate(Date.now() - 7 * 86_400_000);
let node: TestNode;

describe('the bulletin’s data: days, offices and the IO', () => {
  beforeAll(async () => {
    node = await bundleNode();
    await node.api['cases.create']({
      ...kulti,
      ioName: 'Rakesh Singh',
      ioRank: 'SI',
      ioMobile: '9431012345',
    });
    await node.api['cases.create']({ ...kulti, firNumber: '120' });
  });
  afterAll(() => node.cleanup());

  it('prints the IO under REFER TO, and "unknown" where a case has none', async () => {
    const data = readBulletinData(node.context.store.db, today);
    const refer = Object.fromEntries(data.cases.map((item) => [item.caseNumber, item.referTo]));
    expect(refer['Nirsa PS Case No. 112/2026']).toBe('SI Rakesh Singh 9431012345');
    expect(refer['Nirsa PS Case No. 120/2026']).toBe('');
    const { html } = await createBulletinApi(node.context)['bulletin.html']({
      date: today,
      language: 'hi',
    });
    const referRows = html.match(/REFER TO[^<]*<\/th><td>(.*?)<\/td>/g) ?? [];
    expect(referRows).toHaveLength(2);
    expect(referRows.some((row) => row.includes('SI Rakesh Singh 9431012345'))).toBe(true);
    expect(referRows.some((row) => row.includes('unknown'))).toBe(true);
  });

  it('covers a range of days, and only the offices chosen', () => {
    const count = (range: { from: string; to?: string }, offices?: string[]) =>
      readBulletinData(node.context.store.db, range, offices).cases.length;
    expect(count({ from: lastWeek, to: yesterday })).toBe(0);
    expect(count({ from: lastWeek, to: today })).toBe(2);
    expect(count({ from: yesterday })).toBe(0);
    expect(count({ from: today }, ['wb-asansol'])).toBe(0);
    expect(count({ from: today }, [node.context.officeId])).toBe(2);
    expect(readBulletinData(node.context.store.db, { from: lastWeek, to: today }).date).toBe(
      `${lastWeek} – ${today}`,
    );
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      createBulletinApi(node.context)['bulletin.html']({
        date: today,
        to: yesterday,
        language: 'bn',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
