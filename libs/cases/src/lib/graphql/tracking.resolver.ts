import { Args, Query, Resolver } from '@nestjs/graphql';
import { ClientAddress, LocalDateScalar, Public } from '@gongkai/platform';
import { APPLICATION_STATUS_LABELS } from '@gongkai/rules';
import { APPLICATION_EVENT_LABELS } from '../support/application-event-labels.js';
import { DeadlineCalculatorQuery } from '../use-cases/deadline-calculator.query.js';
import { TrackApplicationQuery } from '../use-cases/track-application.query.js';
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
      'Public: the progress of an application, by tracking number and query code. A wrong code and an unknown number give the same APPLICATION.NOT_FOUND.',
  })
  async trackApplication(
    @Args('trackingNumber') trackingNumber: string,
    @Args('queryCode') queryCode: string,
    @ClientAddress() clientAddress: string,
  ): Promise<ApplicationTracking> {
    const tracking = await this.trackApplicationQuery.execute({
      trackingNumber,
      queryCode,
      clientAddress,
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
