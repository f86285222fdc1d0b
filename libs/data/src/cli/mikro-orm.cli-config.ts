// Config for the MikroORM CLI (`npm run mikro-orm -- migration:create`), run through @swc-node.
// It reads DATABASE_URL through the validated config, like every other entry point.
import { loadConfigOrExit } from '@gongkai/platform';
import { createOrmConfig } from '../mikro-orm.config.js';

export default createOrmConfig({ databaseUrl: loadConfigOrExit().databaseUrl });
