import type { Db } from '../openDatabase';

/**
 * One numbered schema change. `up` runs inside a transaction opened by the runner and must
 * not open its own; `version` is written to `PRAGMA user_version` when it commits.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
