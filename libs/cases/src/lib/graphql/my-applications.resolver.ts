import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { APPLICATION_STATUS_LABELS } from '@gongkai/rules';
import { MyApplicationsQuery } from '../use-cases/my-applications.query.js';
import { MyApplicationConnection } from './my-application.type.js';

@Resolver()
export class MyApplicationsResolver {
  constructor(private readonly myApplicationsQuery: MyApplicationsQuery) {}

  @Roles(Role.APPLICANT)
  @Query(() => MyApplicationConnection, {
    description:
      "Applicant: the caller's own applications (filed online while signed in), newest first.",
  })
  async myApplications(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MyApplicationConnection> {
    const page = await this.myApplicationsQuery.execute({
      applicantUserId: principal.userId,
      first,
      after: after ?? null,
    });
    return {
      nodes: page.applications.map((a) => ({
        trackingNumber: a.trackingNumber,
        agencyName: a.agency.getEntity().name,
        description: a.description,
        status: a.status,
        statusLabel: APPLICATION_STATUS_LABELS[a.status],
        submittedOn: a.arrivedOn,
        receivedOn: a.receivedOn,
        replyDueOn: a.replyDueOn,
        provisional: a.provisional,
      })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after != null,
        startCursor: page.startCursor,
        endCursor: page.endCursor,
      },
    };
  }
}
