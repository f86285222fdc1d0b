import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, dataProtectionProvider } from '@gongkai/platform';
import { CreateAgencyUseCase } from './admin/create-agency.use-case.js';
import { CreateUserUseCase } from './admin/create-user.use-case.js';
import { DisableUserUseCase } from './admin/disable-user.use-case.js';
import { ListAgenciesQuery } from './admin/list-agencies.query.js';
import { ListAuditEntriesQuery } from './admin/list-audit-entries.query.js';
import { ListUsersQuery } from './admin/list-users.query.js';
import { FindUserByEmailQuery } from './admin/find-user-by-email.query.js';
import { UpdateUserRolesUseCase } from './admin/update-user-roles.use-case.js';
import { AccessTokenService } from './access-token.service.js';
import { AccountStates } from './account-states.service.js';
import { AuthGuard } from './auth.guard.js';
import { AdminResolver } from './graphql/admin.resolver.js';
import { AuthResolver } from './graphql/auth.resolver.js';
import { PublicAgencyResolver } from './graphql/public-agency.resolver.js';
import { LoginUseCase } from './login.use-case.js';
import { LogoutUseCase } from './logout.use-case.js';
import {
  ChangePasswordUseCase,
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
} from './password.use-cases.js';
import { PublicAgenciesQuery } from './public-agencies.query.js';
import { RefreshSessionUseCase } from './refresh-session.use-case.js';
import {
  ConfirmApplicantSignupUseCase,
  RegisterApplicantUseCase,
} from './register-applicant.use-case.js';
import { SessionService } from './session.service.js';

/** Sign-in, the signed-in user, and the global deny-by-default guard. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, made once: given the string, jsonwebtoken makes one per token it checks.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', issuer: 'gongkai' },
        verifyOptions: { issuer: 'gongkai' },
      }),
    }),
  ],
  providers: [
    AccessTokenService,
    AccountStates,
    SessionService,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    RegisterApplicantUseCase,
    ConfirmApplicantSignupUseCase,
    RequestPasswordResetUseCase,
    ResetPasswordUseCase,
    ChangePasswordUseCase,
    dataProtectionProvider,
    AuthResolver,
    ListAgenciesQuery,
    ListUsersQuery,
    FindUserByEmailQuery,
    ListAuditEntriesQuery,
    CreateAgencyUseCase,
    CreateUserUseCase,
    DisableUserUseCase,
    UpdateUserRolesUseCase,
    AdminResolver,
    PublicAgenciesQuery,
    PublicAgencyResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class IdentityApiModule {}
