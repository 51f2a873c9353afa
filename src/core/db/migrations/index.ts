import { migration001Initial } from './001_initial';
import { migration002Sync } from './002_sync';
import { migration003BoardIndexes } from './003_board_indexes';
import { migration004CaseSuspectCount } from './004_case_suspect_count';
import { migration005CaseCounts } from './005_case_counts';
import { migration006LogOutline } from './006_log_outline';
import type { Migration } from './migration';

/** Every schema migration, in the order they apply; versions are 1, 2, 3… with no gaps. */
export const migrations: Migration[] = [
  migration001Initial,
  migration002Sync,
  migration003BoardIndexes,
  migration004CaseSuspectCount,
  migration005CaseCounts,
  migration006LogOutline,
];
