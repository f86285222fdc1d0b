import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { ApplicationPresenter } from '../graphql/application.presenter.js';
import { ApplicationConnectionType } from './application-connection.type.js';
import { ApplicationFilterInput } from './application-filter.input.js';
import { ApplicationOrder } from './application-order.js';
import { ListApplicationsQuery, WORKLIST_PAGE } from './list-applications.query.js';

@Resolver()
export class WorklistResolver {
  constructor(
    private readonly listApplicationsQuery: ListApplicationsQuery,
    private readonly presenter: ApplicationPresenter,
  ) {}

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => ApplicationConnectionType, {
    description:
      'Worklist: officers see their agency, supervisors their agency and below (administrators keep the configuration and see no applications). Keyset pages (`first`, `after`).',
  })
  async applications(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => ApplicationFilterInput, nullable: true })
    filter: ApplicationFilterInput | null,
    @Args('orderBy', {
      type: () => ApplicationOrder,
      nullable: true,
      defaultValue: ApplicationOrder.REPLY_DUE_ON_ASC,
    })
    orderBy: ApplicationOrder,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: WORKLIST_PAGE.default,
      description: `1–${WORKLIST_PAGE.max}`,
    })
    first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ApplicationConnectionType> {
    const page = await this.listApplicationsQuery.execute({
      principal,
      filter,
      orderBy,
      first,
      after,
    });
    const edges = page.edges.map((edge) => ({
      cursor: edge.cursor,
      node: this.presenter.application(edge.node),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
