import { SamanvayError } from '../../../shared/errors';
import type { Db } from '../openDatabase';
import type { Migration } from './migration';

/** The schema version a registry brings a database to (0 for an empty registry). */
export function latestVersion(registry: readonly Migration[]): number {
  return registry.at(-1)?.version ?? 0;
}

/** Refuses a registry whose versions are not 1, 2, 3… in order (a programming error). */
export function checkRegistry(registry: readonly Migration[]): void {
  registry.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new SamanvayError(
        'INTERNAL',
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}.`,
      );
    }
  });
}

/** The database's schema version, from `PRAGMA user_version`. */
export function schemaVersion(db: Pick<Db, 'pragma'>): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies the migrations the database has not had, in order, each in its own transaction
 * that also records its version in `PRAGMA user_version`; a migration that throws is rolled
 * back and stops the run. Refuses a database newer than the registry (DATABASE_NEWER).
 * Returns the versions applied.
 */
export function runMigrations(db: Db, registry: readonly Migration[]): number[] {
  checkRegistry(registry);
  const current = schemaVersion(db);
  if (current > latestVersion(registry)) {
    throw new SamanvayError('DATABASE_NEWER', undefined, {
      version: current,
      latest: latestVersion(registry),
    });
  }
  const applied: number[] = [];
  for (const migration of registry.slice(current)) {
    const apply = db.transaction(() => {
      migration.up(db);
      // user_version lives in the database header, so it commits or rolls back with the rest.
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      if (error instanceof SamanvayError) throw error;
      throw new SamanvayError(
        'INTERNAL',
        `Migration ${migration.version} (${migration.name}) failed.`,
        {
          version: migration.version,
          name: migration.name,
          cause: error instanceof Error ? error.message : String(error),
        },
      );
    }
    applied.push(migration.version);
  }
  return applied;
}
