import { SamanvayError } from '../../shared/errors';
import type { CoreApi } from '../../shared/api/contract';
import type { NodeContext } from '../node/nodeContext';
import { getOperator } from '../repos/officeRepo';
import { join } from 'node:path';
import { bundleFolderOf, newBundleFile } from '../bundles/bundleFolder';
import { exportMeetingBundles, type PlaceMeetingBundle } from '../bundles/meetingBundles';
import { exchangedLists, meetingEntries, meetingOffices } from '../repos/meetingRepo';
import { readBulletinData } from './bulletinData';
import { meetingHtml } from './meetingHtml';
import { bulletinFooter, bulletinNumber } from './bulletinFooter';
import { bulletinHtml } from './bulletinHtml';

/** The bulletin calls of the contract. */
export type BulletinApi = Pick<
  CoreApi,
  | 'bulletin.html'
  | 'bulletin.pdf'
  | 'meeting.export'
  | 'meeting.record'
  | 'meeting.pdf'
  | 'admin.meetingExport'
>;

/** The start of the IST day of `at`: a meeting's record covers the day it is exported. */
const istDayStartOf = (at: number) => at - ((at + 5.5 * 3_600_000) % 86_400_000);

/** The bulletin's HTML and per-page footer, as the CLI prints them; the meeting's record too. */
export function createBulletinApi(context: NodeContext): BulletinApi {
  const record = ({ offices, language }: { offices: string[]; language: 'hi' | 'bn' }) => {
    const db = context.store.db;
    const now = context.clock.now();
    const present = meetingOffices(db, context.officeId, offices);
    const operator = getOperator(db, context.session.operatorId);
    return {
      html: meetingHtml(
        {
          offices: present,
          at: now,
          ...meetingEntries(db, context.officeId, present, istDayStartOf(now)),
          lists: exchangedLists(db, present, now),
        },
        language,
      ),
      footer: bulletinFooter({
        operator: operator ? `${operator.rank} ${operator.name}` : '',
        office: context.officeId,
        printedAt: now,
        number: `meeting/${present.join('+')}`,
      }),
    };
  };
  const meetingExport = async (
    input: { offices: string[]; language: 'hi' | 'bn' },
    place: PlaceMeetingBundle,
  ) => {
    // An unknown office is refused before any bundle is written.
    const present = meetingOffices(context.store.db, context.officeId, input.offices);
    const bundles = await exportMeetingBundles(context, present, place);
    return { ...record(input), bundles };
  };
  // Without main's save dialog (the harness) there is no PDF to save: the page prints.
  const noDialog = async () => ({ dialog: false, file: null });
  return {
    'bulletin.html': async ({ date, to, language, offices }) => {
      if (to && to < date)
        throw new SamanvayError('INVALID_INPUT', 'The last day comes before the first.', {
          field: 'to',
        });
      const db = context.store.db;
      const operator = getOperator(db, context.session.operatorId);
      return {
        html: bulletinHtml(readBulletinData(db, { from: date, to }, offices), language),
        footer: bulletinFooter({
          operator: operator ? `${operator.rank} ${operator.name}` : '',
          office: context.officeId,
          printedAt: context.clock.now(),
          number: bulletinNumber(context.officeId, to && to !== date ? `${date}..${to}` : date),
        }),
      };
    },
    'bulletin.pdf': noDialog,
    'meeting.record': async (input) => record(input),
    'meeting.pdf': noDialog,
    // A page's call: the bundles go into the node's bundle folder, never a path it names.
    'meeting.export': async (input) => {
      const folder = bundleFolderOf(context.store.dbPath);
      return meetingExport(input, (label) => newBundleFile(folder, label, context.clock.now()));
    },
    // The command line's (or main's, behind its folder dialog): into the folder it was given.
    'admin.meetingExport': async ({ folder, ...input }) =>
      meetingExport(input, (label) => ({
        name: `${label}.bundle`,
        path: join(folder, `${label}.bundle`),
        fill: (write) => write(),
      })),
  };
}
