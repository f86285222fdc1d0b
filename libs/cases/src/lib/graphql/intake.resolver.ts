import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import {
  ClientAddress,
  CurrentPrincipal,
  OptionalPrincipal,
  type Principal,
  Public,
  Roles,
} from '@gongkai/platform';
import { ConfirmReceiptUseCase } from '../use-cases/confirm-receipt.use-case.js';
import { RegisterApplicationUseCase } from '../use-cases/register-application.use-case.js';
import { SubmitApplicationUseCase } from '../use-cases/submit-application.use-case.js';
import { applicantAccount } from './applicant-account.js';
import { ApplicationPresenter } from './application.presenter.js';
import { ConfirmReceiptInput, ConfirmReceiptPayload } from './confirm-receipt.input.js';
import {
  RegisterApplicationInput,
  RegisterApplicationPayload,
} from './register-application.input.js';
import { SubmitApplicationInput, SubmitApplicationPayload } from './submit-application.input.js';

/** Filing and receipt. Glue only: the use cases check scope, rules and write. */
@Resolver()
export class IntakeResolver {
  constructor(
    private readonly submitApplicationUseCase: SubmitApplicationUseCase,
    private readonly registerApplicationUseCase: RegisterApplicationUseCase,
    private readonly confirmReceiptUseCase: ConfirmReceiptUseCase,
    private readonly presenter: ApplicationPresenter,
  ) {}

  @Public()
  @Mutation(() => SubmitApplicationPayload, {
    description:
      'Public: file an application online. Returns the tracking number and, once, the query code. A signed-in applicant also finds it in myApplications.',
  })
  async submitApplication(
    @Args('input') input: SubmitApplicationInput,
    @ClientAddress() clientAddress: string,
    @OptionalPrincipal() principal: Principal | null,
  ): Promise<SubmitApplicationPayload> {
    const { application, queryCode, receipt } = await this.submitApplicationUseCase.execute({
      ...input,
      clientAddress,
      applicantUserId: applicantAccount(principal),
    });
    return {
      trackingNumber: application.trackingNumber,
      queryCode,
      status: application.status,
      submittedOn: application.arrivedOn,
      agencyName: application.agency.getEntity().name,
      receipt: this.presenter.receipt(receipt),
    };
  }

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Mutation(() => RegisterApplicationPayload, {
    description:
      'Officer or supervisor of the agency: register an application received in person, by letter, fax or e-mail.',
  })
  async registerApplication(
    @Args('input') input: RegisterApplicationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegisterApplicationPayload> {
    const { application, queryCode, receipt } = await this.registerApplicationUseCase.execute({
      ...input,
      principal,
    });
    return {
      application: this.presenter.application(application),
      queryCode,
      receipt: this.presenter.receipt(receipt),
    };
  }

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Mutation(() => ConfirmReceiptPayload, {
    description:
      'Officer or supervisor of the agency: confirm receipt (Art. 31); the clock starts on the confirmation day.',
  })
  async confirmReceipt(
    @Args('input') input: ConfirmReceiptInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConfirmReceiptPayload> {
    const application = await this.confirmReceiptUseCase.execute({ ...input, principal });
    return {
      application: this.presenter.application(application),
      receipt: this.presenter.receipt({
        status: 'RECEIVED',
        receivedOn: application.receivedOn,
        article: application.receiptArticle as '31(2)' | '31(3)',
        explanation: application.receiptExplanation,
      }),
    };
  }
}
