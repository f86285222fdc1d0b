import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Application } from '@gongkai/data';
import {
  ClientAddress,
  CurrentPrincipal,
  OptionalPrincipal,
  type Principal,
  Public,
  Roles,
} from '@gongkai/platform';
import { AssignApplicationUseCase } from '../use-cases/assign-application.use-case.js';
import { ClosingUseCases } from '../use-cases/closing.use-cases.js';
import { ConsultationUseCases } from '../use-cases/consultation.use-cases.js';
import { ExtensionUseCases } from '../use-cases/extension.use-cases.js';
import { FeeUseCases } from '../use-cases/fee.use-cases.js';
import { ReplyUseCases } from '../use-cases/reply.use-cases.js';
import { SupplementUseCases } from '../use-cases/supplement.use-cases.js';
import { DECIDE_EXTENSION_ROLES, STAFF } from './action-roles.js';
import { applicantAccount } from './applicant-account.js';
import { ApplicationPresenter } from './application.presenter.js';
import {
  AssignApplicationInput,
  AssignApplicationPayload,
  CloseAsDeemedWithdrawnInput,
  CloseAsDeemedWithdrawnPayload,
  DecideExtensionInput,
  DecideExtensionPayload,
  IssueFeeNoticeInput,
  IssueFeeNoticePayload,
  IssueReplyInput,
  IssueReplyPayload,
  RecordConsultationReplyInput,
  RecordConsultationReplyPayload,
  RecordFeePaymentInput,
  RecordFeePaymentPayload,
  RecordReviewInput,
  RecordReviewPayload,
  RecordServiceInput,
  RecordServicePayload,
  RecordSupplementInput,
  RecordSupplementPayload,
  RecordWithdrawalInput,
  RecordWithdrawalPayload,
  RequestExtensionInput,
  RequestExtensionPayload,
  RequestSupplementInput,
  RequestSupplementPayload,
  StartConsultationInput,
  StartConsultationPayload,
  SubmitSupplementInput,
  SubmitSupplementPayload,
  WithdrawApplicationInput,
  WithdrawApplicationPayload,
} from './processing.inputs.js';

const OF_AGENCY = 'Officer or supervisor who may act for the agency';

/**
 * The processing steps of issue 4. Glue only: each use case checks scope, version and the
 * lifecycle rules, and writes the application, its event and outbox rows in one transaction.
 */
@Resolver()
export class ProcessingResolver {
  constructor(
    private readonly assignApplicationUseCase: AssignApplicationUseCase,
    private readonly supplements: SupplementUseCases,
    private readonly consultations: ConsultationUseCases,
    private readonly extensions: ExtensionUseCases,
    private readonly fees: FeeUseCases,
    private readonly replies: ReplyUseCases,
    private readonly closings: ClosingUseCases,
    private readonly presenter: ApplicationPresenter,
  ) {}

  @Roles(...STAFF)
  @Mutation(() => AssignApplicationPayload, {
    description: `${OF_AGENCY}: assign to an officer; reassigning needs a supervisor or the current assignee.`,
  })
  async assignApplication(
    @Args('input') input: AssignApplicationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssignApplicationPayload> {
    return this.payload(
      await this.assignApplicationUseCase.execute({ ...input, principal }),
      principal,
    );
  }

  @Roles(...STAFF)
  @Mutation(() => RequestSupplementPayload, {
    description: `${OF_AGENCY}: the one consolidated supplement notice (Art. 30); the clock stops.`,
  })
  async requestSupplement(
    @Args('input') input: RequestSupplementInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RequestSupplementPayload> {
    return this.payload(
      await this.supplements.requestSupplement({ ...input, principal }),
      principal,
    );
  }

  @Roles(...STAFF)
  @Mutation(() => RecordSupplementPayload, {
    description: `${OF_AGENCY}: the supplement arrived (e.g. by letter); the clock restarts.`,
  })
  async recordSupplement(
    @Args('input') input: RecordSupplementInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordSupplementPayload> {
    return this.payload(
      await this.supplements.recordSupplement({ ...input, principal }),
      principal,
    );
  }

  @Public()
  @Mutation(() => SubmitSupplementPayload, {
    description:
      'Public (tracking number + query code, or the signed-in applicant account that filed it; rate-limited): the applicant supplements online; the clock restarts.',
  })
  async submitSupplement(
    @Args('input') input: SubmitSupplementInput,
    @ClientAddress() clientAddress: string,
    @OptionalPrincipal() principal: Principal | null,
  ): Promise<SubmitSupplementPayload> {
    const application = await this.supplements.submitSupplement({
      ...input,
      clientAddress,
      applicantUserId: applicantAccount(principal),
    });
    return { trackingNumber: application.trackingNumber, replyDueOn: application.replyDueOn };
  }

  @Roles(...STAFF)
  @Mutation(() => StartConsultationPayload, {
    description: `${OF_AGENCY}: consult a third party or another agency; the clock pauses.`,
  })
  async startConsultation(
    @Args('input') input: StartConsultationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StartConsultationPayload> {
    const { application, consultationId } = await this.consultations.startConsultation({
      ...input,
      principal,
    });
    return { ...this.payload(application, principal), consultationId };
  }

  @Roles(...STAFF)
  @Mutation(() => RecordConsultationReplyPayload, {
    description: `${OF_AGENCY}: the consulted party agreed, objected (with reasons) or did not answer.`,
  })
  async recordConsultationReply(
    @Args('input') input: RecordConsultationReplyInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordConsultationReplyPayload> {
    return this.payload(
      await this.consultations.recordConsultationReply({ ...input, principal }),
      principal,
    );
  }

  @Roles(...STAFF)
  @Mutation(() => RequestExtensionPayload, {
    description: `${OF_AGENCY}: ask the supervisor to extend the reply period (Art. 33(2)), with a reason.`,
  })
  async requestExtension(
    @Args('input') input: RequestExtensionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RequestExtensionPayload> {
    return this.payload(await this.extensions.requestExtension({ ...input, principal }), principal);
  }

  @Roles(...DECIDE_EXTENSION_ROLES)
  @Mutation(() => DecideExtensionPayload, {
    description:
      'Supervisor (own agency and below) only: approve (40 counted working days) or refuse the extension, once, by the reply due date.',
  })
  async decideExtension(
    @Args('input') input: DecideExtensionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DecideExtensionPayload> {
    return this.payload(await this.extensions.decideExtension({ ...input, principal }), principal);
  }

  @Roles(...STAFF)
  @Mutation(() => IssueFeeNoticePayload, {
    description: `${OF_AGENCY}: a fee notice with the amount from the fee calculator (per application or by volume); the fee wait pauses the clock.`,
  })
  async issueFeeNotice(
    @Args('input') input: IssueFeeNoticeInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IssueFeeNoticePayload> {
    const fee = {
      ...(input.perApplication
        ? {
            perApplication: {
              earlierInMonth: input.perApplication.earlierInMonth,
              ...(input.perApplication.units == null ? {} : { units: input.perApplication.units }),
            },
          }
        : {}),
      ...(input.pages == null ? {} : { byVolume: { pages: input.pages } }),
      ...(input.waiverReason == null ? {} : { waiver: { reason: input.waiverReason } }),
    };
    return this.payload(await this.fees.issueFeeNotice({ ...input, fee, principal }), principal);
  }

  @Roles(...STAFF)
  @Mutation(() => RecordFeePaymentPayload, {
    description: `${OF_AGENCY}: the fee was paid; the clock runs again.`,
  })
  async recordFeePayment(
    @Args('input') input: RecordFeePaymentInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordFeePaymentPayload> {
    return this.payload(await this.fees.recordFeePayment({ ...input, principal }), principal);
  }

  @Roles(...STAFF)
  @Mutation(() => IssueReplyPayload, {
    description: `${OF_AGENCY}: the reply with its outcome, legal basis and text, checked against what the outcome requires.`,
  })
  async issueReply(
    @Args('input') input: IssueReplyInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IssueReplyPayload> {
    return this.payload(await this.replies.issueReply({ ...input, principal }), principal);
  }

  @Roles(...STAFF)
  @Mutation(() => RecordServicePayload, {
    description: `${OF_AGENCY}: the reply was served; the application is concluded and the on-time check uses the served date.`,
  })
  async recordService(
    @Args('input') input: RecordServiceInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordServicePayload> {
    return this.payload(await this.replies.recordService({ ...input, principal }), principal);
  }

  @Public()
  @Mutation(() => WithdrawApplicationPayload, {
    description:
      'Public (tracking number + query code, or the signed-in applicant account that filed it; rate-limited): the applicant withdraws.',
  })
  async withdrawApplication(
    @Args('input') input: WithdrawApplicationInput,
    @ClientAddress() clientAddress: string,
    @OptionalPrincipal() principal: Principal | null,
  ): Promise<WithdrawApplicationPayload> {
    const application = await this.closings.withdrawByApplicant({
      ...input,
      clientAddress,
      applicantUserId: applicantAccount(principal),
    });
    return {
      trackingNumber: application.trackingNumber,
      withdrawnOn: application.withdrawnOn ?? '',
    };
  }

  @Roles(...STAFF)
  @Mutation(() => RecordWithdrawalPayload, {
    description: `${OF_AGENCY}: record a written withdrawal by the applicant.`,
  })
  async recordWithdrawal(
    @Args('input') input: RecordWithdrawalInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordWithdrawalPayload> {
    return this.payload(await this.closings.recordWithdrawal({ ...input, principal }), principal);
  }

  @Roles(...STAFF)
  @Mutation(() => CloseAsDeemedWithdrawnPayload, {
    description: `${OF_AGENCY}: close as deemed withdrawn after the supplement or payment deadline passed.`,
  })
  async closeAsDeemedWithdrawn(
    @Args('input') input: CloseAsDeemedWithdrawnInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CloseAsDeemedWithdrawnPayload> {
    return this.payload(
      await this.closings.closeAsDeemedWithdrawn({ ...input, principal }),
      principal,
    );
  }

  @Roles(...STAFF)
  @Mutation(() => RecordReviewPayload, {
    description: `${OF_AGENCY}: record an administrative reconsideration or lawsuit (table 四), or its result.`,
  })
  async recordReview(
    @Args('input') input: RecordReviewInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordReviewPayload> {
    const { application, reviewId } = await this.closings.recordReview({ ...input, principal });
    return { ...this.payload(application, principal), reviewId };
  }

  private payload(application: Application, principal: Principal) {
    return { application: this.presenter.application(application, principal) };
  }
}
