import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  ClientAddress,
  LocalDateScalar,
  OptionalPrincipal,
  type Principal,
  Public,
} from '@gongkai/platform';
import { APPLICATION_STATUS_LABELS } from '@gongkai/rules';
import { APPLICATION_EVENT_LABELS } from '../support/application-event-labels.js';
import { DeadlineCalculatorQuery } from '../use-cases/deadline-calculator.query.js';
import { TrackApplicationQuery } from '../use-cases/track-application.query.js';
import { applicantAccount } from './applicant-account.js';
import { ApplicationTracking } from './application-tracking.type.js';
import { DeadlineCalculation, ExplanationDay } from './deadline-calculation.type.js';

@Resolver()
export class TrackingResolver {
  constructor(
    private readonly trackApplicationQuery: TrackApplicationQuery,
    private readonly deadlineCalculatorQuery: DeadlineCalculatorQuery,
  ) {}

  @Public()
  @Query(() => ApplicationTracking, {
    description:
      "Public (rate-limited): the progress of an application, by tracking number and query code, or — signed in with the applicant account that filed it — by tracking number alone. A wrong code, an unknown number and someone else's application give the same APPLICATION.NOT_FOUND.",
  })
  async trackApplication(
    @Args('trackingNumber') trackingNumber: string,
    @Args('queryCode', {
      type: () => String,
      nullable: true,
      description: '查询码；以申请人账号登录并由该账号提交的申请可不填',
    })
    queryCode: string | null,
    @ClientAddress() clientAddress: string,
    @OptionalPrincipal() principal: Principal | null,
  ): Promise<ApplicationTracking> {
    const tracking = await this.trackApplicationQuery.execute({
      trackingNumber,
      queryCode,
      clientAddress,
      applicantUserId: applicantAccount(principal),
    });
    return {
      ...tracking,
      statusLabel: APPLICATION_STATUS_LABELS[tracking.status],
      supplementRequest: tracking.supplementRequest && {
        ...tracking.supplementRequest,
        items: [...tracking.supplementRequest.items],
      },
      timeline: tracking.timeline.map((e) => ({ ...e, label: APPLICATION_EVENT_LABELS[e.type] })),
    };
  }

  @Public()
  @Query(() => DeadlineCalculation, {
    description:
      'Public: the 7th, 20th and 40th working days after a legal receipt date, with the day-by-day explanation.',
  })
  deadlineCalculator(
    @Args('receivedOn', { type: () => LocalDateScalar }) receivedOn: string,
  ): DeadlineCalculation {
    const result = this.deadlineCalculatorQuery.execute(receivedOn);
    return {
      ...result,
      explanation: result.explanation.map((day) => ExplanationDay.from(day)),
    };
  }
}
