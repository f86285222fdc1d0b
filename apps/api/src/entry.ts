import '@gongkai/platform/assert-node';
import '@gongkai/platform/heap-growth';
import 'reflect-metadata';
import { loadConfigOrExit } from '@gongkai/platform';
import { createApi } from './bootstrap.js';

const config = loadConfigOrExit();
const app = await createApi(config);
await app.listen({ port: config.port, host: '0.0.0.0' });
