import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, DataProtection } from '@gongkai/platform';

/** The worker's DataProtection: it re-derives query codes at send time (never stored). */
export const notifyDataProtectionProvider: Provider = {
  provide: DataProtection,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new DataProtection(config.dataEncryptionKey),
};
