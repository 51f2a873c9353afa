import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { temporaryDirectory } from '../dbTestKit';
import { createDatabase, type Db } from '../openDatabase';
import type { Migration } from './migration';
import { runMigrations } from './runMigrations';

/**
 * A real encrypted database in a temporary directory, migrated up to `version` (0: empty).
 * The pattern for a migration's own test (`00N_name.test.ts` beside `00N_name.ts`):
 *
 *   const scratch = scratchDatabase(migrations, N - 1);   // the schema before migration N
 *   scratch.db.prepare('INSERT INTO … old shape …').run(…);
 *   runMigrations(scratch.db, migrations.slice(0, N));    // apply migration N alone
 *   expect(…rows in the new shape…);
 *   scratch.close();
 */
export function scratchDatabase(
  registry: readonly Migration[],
  version: number,
): { db: Db; close: () => void } {
  const { directory, remove } = temporaryDirectory('samanvay-migration-');
  const db = createDatabase(join(directory, 'scratch.db'), randomBytes(32));
  runMigrations(db, registry.slice(0, version));
  return {
    db,
    close: () => {
      db.close();
      remove();
    },
  };
}
