import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { DataProtection } from './data-protection.js';

/**
 * Field encryption and keyed hashes under DATA_ENCRYPTION_KEY, for the modules that need them
 * (the api's cases and identity, the worker's notices): one instance per module, same key.
 */
export const dataProtectionProvider: Provider = {
  provide: DataProtection,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new DataProtection(config.dataEncryptionKey),
};
