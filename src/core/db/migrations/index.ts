import { migration001Initial } from './001_initial';
import { migration002Sync } from './002_sync';
import { migration003BoardIndexes } from './003_board_indexes';
import { migration004PoliceRecords } from './004_police_records';
import type { Migration } from './migration';

/** Every schema migration, in the order they apply; versions are 1, 2, 3… with no gaps. */
export const migrations: Migration[] = [
  migration001Initial,
  migration002Sync,
  migration003BoardIndexes,
  migration004PoliceRecords,
];
