import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { GetApplicationQuery } from '../use-cases/get-application.query.js';
import { ListApplicationEventsQuery } from '../use-cases/list-application-events.query.js';
import { ApplicationEventView } from './application-event.type.js';
import { ApplicationPresenter } from './application.presenter.js';
import { ApplicationType } from './application.type.js';

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  constructor(
    private readonly getApplicationQuery: GetApplicationQuery,
    private readonly listApplicationEventsQuery: ListApplicationEventsQuery,
    private readonly presenter: ApplicationPresenter,
  ) {}

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => ApplicationType, {
    description:
      'Officer (own agency) or supervisor (own agency and below): one application, ID number masked.',
  })
  async application(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApplicationType> {
    const application = await this.getApplicationQuery.execute({ principal, applicationId: id });
    return this.presenter.application(application);
  }

  /**
   * The full timeline. Reached only through an Application the caller was already allowed to
   * read (the `application` query, the officers' mutation payloads).
   */
  @ResolveField(() => [ApplicationEventView])
  async timeline(@Parent() application: ApplicationType): Promise<ApplicationEventView[]> {
    const events = await this.listApplicationEventsQuery.execute(application.id);
    return events.map((event) => this.presenter.event(event));
  }
}
