import type { CoreApi } from '../../shared/api/contract';
import type { KdfParams } from '../db/types';
import { getOffice, listOffices, listOperators } from '../repos/officeRepo';
import { readStats } from '../repos/statsRepo';
import type { NodeContext } from '../node/nodeContext';
import type { BulletinApi } from '../bulletin/bulletinApi';
import type { BundleApi } from '../bundles/bundleApi';
import type { SyncApi } from '../sync/syncApi';
import type { SyncAdminApi } from '../sync/syncAdminApi';
import { createAdminService } from './adminService';
import { createBoardService } from './boardService';
import { createCaseService } from './caseService';
import { createLogService } from './logService';
import { createMeetingService } from './meetingService';
import { createRecordService } from './recordService';
import { createRequestService } from './requestService';
import { createSuspectService } from './suspectService';
import { createOperatorService } from './operatorService';
import { createSearchService } from './searchService';
import { casePatterns } from './casePatterns';
import { createDuplicateService } from './duplicateService';
import { createFollowService } from './followService';
import { createLookoutService } from './lookoutService';

/** The calls that need an unlocked node: everything but opening and closing the session. */
export type NodeApi = Omit<
  CoreApi,
  | 'session.status'
  | 'session.init'
  | 'session.unlock'
  | 'session.lock'
  | keyof SyncApi
  | keyof SyncAdminApi
  | keyof BundleApi
  | keyof BulletinApi
>;

/** Assembles the services of an unlocked node; `kdf` is the cost of new passphrase slots. */
export function createNodeApi(context: NodeContext, kdf?: KdfParams): NodeApi {
  const db = context.store.db;
  const suspects = createSuspectService(context);
  return {
    ...createCaseService(context),
    ...createBoardService(context),
    ...suspects,
    ...createLogService(context),
    ...createRequestService(context),
    ...createMeetingService(context),
    ...createRecordService(context, suspects['suspects.addValue']),
    ...createOperatorService(context),
    ...createAdminService(context, kdf),
    ...createSearchService(context),
    ...createFollowService(context),
    ...createDuplicateService(context),
    'patterns.list': async ({ days, limit }) =>
      casePatterns(db, { end: context.clock.now(), days, limit }),
    ...createLookoutService(context),
    'offices.list': async () => listOffices(db),
    'operators.list': async () => listOperators(db, context.officeId),
    'stats.get': async () => ({
      nodeId: context.identity.nodeId,
      officeId: context.officeId,
      officeName: getOffice(db, context.officeId)?.nameEn ?? '',
      ...readStats(db),
    }),
  };
}
