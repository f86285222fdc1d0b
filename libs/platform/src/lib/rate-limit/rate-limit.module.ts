import { Global, Module } from '@nestjs/common';
import { dataProtectionProvider } from '../crypto/data-protection.provider.js';
import { RateLimitService } from './rate-limit.service.js';

@Global()
@Module({ providers: [dataProtectionProvider, RateLimitService], exports: [RateLimitService] })
export class RateLimitModule {}
