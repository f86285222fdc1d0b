import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, DataProtection } from '@gongkai/platform';

/** Field encryption and keyed hashes under DATA_ENCRYPTION_KEY (one instance per process). */
export const dataProtectionProvider: Provider = {
  provide: DataProtection,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new DataProtection(config.dataEncryptionKey),
};
