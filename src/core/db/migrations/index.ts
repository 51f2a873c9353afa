import { migration001Initial } from './001_initial';
import { migration002Sync } from './002_sync';
import { migration003BoardIndexes } from './003_board_indexes';
import { migration004SyncTrust } from './004_sync_trust';
import { migration005PhotoFiles } from './005_photo_files';
import { migration006CaseSuspectCount } from './006_case_suspect_count';
import { migration007CaseCounts } from './007_case_counts';
import { migration008LogOutline } from './008_log_outline';
import { migration009Search } from './009_search';
import { migration010Bundles } from './010_bundles';
import { migration011PoliceRecords } from './011_police_records';
import { migration012DossierFollow } from './012_dossier_follow';
import { migration013Lookouts } from './013_lookouts';
import { migration014MeetingTasks } from './014_meeting_tasks';
import { migration015BoardText } from './015_board_text';
import { migration016CaseInsertCounts } from './016_case_insert_counts';
import { migration017OverdueRequests } from './017_overdue_requests';
import { migration018Equivocations } from './018_equivocations';
import { migration019OverdueInputs } from './019_overdue_inputs';
import type { Migration } from './migration';

/** Every schema migration, in the order they apply; versions are 1, 2, 3… with no gaps. */
export const migrations: Migration[] = [
  migration001Initial,
  migration002Sync,
  migration003BoardIndexes,
  migration004SyncTrust,
  migration005PhotoFiles,
  migration006CaseSuspectCount,
  migration007CaseCounts,
  migration008LogOutline,
  migration009Search,
  migration010Bundles,
  migration011PoliceRecords,
  migration012DossierFollow,
  migration013Lookouts,
  migration014MeetingTasks,
  migration015BoardText,
  migration016CaseInsertCounts,
  migration017OverdueRequests,
  migration018Equivocations,
  migration019OverdueInputs,
];
