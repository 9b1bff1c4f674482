import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Makes the SQLite file under `dataDir` refuse writes while reads still work, and undoes it. Tests run as
 * root, where permissions do not stop writes. Moving the folder away and putting a plain file in its place
 * does: SQLite refuses to write to a database file whose path no longer leads to it
 * (SQLITE_READONLY_DBMOVED), and it cannot create its rollback journal there.
 */
export function sqliteWriteFaults(dataDir: string): { stopWrites(): void; allowWrites(): void } {
  return {
    stopWrites() {
      renameSync(dataDir, `${dataDir}.away`);
      writeFileSync(dataDir, '');
    },
    allowWrites() {
      rmSync(dataDir);
      renameSync(`${dataDir}.away`, dataDir);
    },
  };
}
