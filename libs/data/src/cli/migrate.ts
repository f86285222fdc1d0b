// `npm run db:migrate`: applies pending migrations. A deploy step of its own, never run at boot.
import '@gongkai/platform/assert-node';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfigOrExit } from '@gongkai/platform';
import { createOrmConfig } from '../mikro-orm.config.js';
import { ensureDatabase } from './ensure-database.js';

const config = loadConfigOrExit();
await ensureDatabase(config.databaseUrl);
const orm = await MikroORM.init(createOrmConfig({ databaseUrl: config.databaseUrl }));
try {
  const applied = await orm.migrator.up();
  process.stdout.write(
    applied.length === 0
      ? 'Database is up to date.\n'
      : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n`,
  );
} finally {
  await orm.close(true);
}
