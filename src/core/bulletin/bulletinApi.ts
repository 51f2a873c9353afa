import { SamanvayError } from '../../shared/errors';
import type { CoreApi } from '../../shared/api/contract';
import type { NodeContext } from '../node/nodeContext';
import { getOperator } from '../repos/officeRepo';
import { readBulletinData } from './bulletinData';
import { bulletinFooter, bulletinNumber } from './bulletinFooter';
import { bulletinHtml } from './bulletinHtml';

/** The bulletin calls of the contract. */
export type BulletinApi = Pick<CoreApi, 'bulletin.html'>;

/** The bulletin's HTML and per-page footer, as the CLI prints them. */
export function createBulletinApi(context: NodeContext): BulletinApi {
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
  };
}
