import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { GetApplicationQuery } from '../use-cases/get-application.query.js';
import { ApplicationLoaders } from '../worklist/application-loaders.js';
import { ApplicationEventView } from './application-event.type.js';
import { ApplicationPresenter } from './application.presenter.js';
import { ApplicationType } from './application.type.js';

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  constructor(
    private readonly getApplicationQuery: GetApplicationQuery,
    private readonly loaders: ApplicationLoaders,
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
  async timeline(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<ApplicationEventView[]> {
    // Batched per request: a worklist page asking for timelines costs one query.
    const events = await this.loaders.for(context).timeline.load(application.id);
    return events.map((event) => this.presenter.event(event));
  }
}
