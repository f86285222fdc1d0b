import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { ENTITIES } from './entities/index.js';
import { ROUTINES } from './routines/index.js';

// The same config works from src (CLI through @swc-node) and from dist (production).
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface OrmConfigInput {
  databaseUrl: string;
  debug?: boolean;
  poolMax?: number;
}

export function createOrmConfig(input: OrmConfigInput): Options {
  return defineConfig({
    clientUrl: input.databaseUrl,
    entities: ENTITIES,
    routines: ROUTINES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    debug: input.debug ?? false,
    pool: { min: 0, max: input.poolMax ?? 10 },
    // Legal dates are `date` columns read as 'YYYY-MM-DD' strings; instants are timestamptz.
    forceUtcTimezone: true,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: join(packageRoot, 'dist/migrations'),
      pathTs: join(packageRoot, 'src/migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      // Diffs are taken against a migrated database, not a JSON snapshot: parallel branches
      // then never conflict on one generated file (CI's migration:check migrates first).
      snapshot: false,
    },
    seeder: {
      path: join(packageRoot, 'dist/seeders'),
      pathTs: join(packageRoot, 'src/seeders'),
    },
  });
}
