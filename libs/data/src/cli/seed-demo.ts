// `npm run db:seed-demo`: loads the demo data when the database holds no agency yet.
import '@gongkai/platform/assert-node';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfigOrExit } from '@gongkai/platform';
import { Agency } from '../entities/agency.entity.js';
import { createOrmConfig } from '../mikro-orm.config.js';
import { DemoSeeder } from '../seeders/demo.seeder.js';

const config = loadConfigOrExit();
if (config.env === 'production') {
  process.stderr.write('Refusing to load demo data with NODE_ENV=production.\n');
  process.exit(1);
}
const orm = await MikroORM.init(createOrmConfig({ databaseUrl: config.databaseUrl }));
try {
  const agencies = await orm.em.fork().count(Agency);
  if (agencies > 0) {
    process.stdout.write('Database already has data; demo data not loaded.\n');
  } else {
    await orm.seeder.seed(DemoSeeder);
    process.stdout.write('Demo data loaded.\n');
  }
} finally {
  await orm.close(true);
}
