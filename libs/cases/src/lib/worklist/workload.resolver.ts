import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { WorkloadQuery } from './workload.query.js';
import { WorkloadType } from './workload.type.js';

@Resolver()
export class WorkloadResolver {
  constructor(private readonly workloadQuery: WorkloadQuery) {}

  @Roles(Role.SUPERVISOR, Role.ADMIN)
  @Query(() => WorkloadType, {
    description:
      'Supervisor (own agency and below) or admin: counts of open, overdue, due-this-week, unassigned and extension-pending applications, and per officer.',
  })
  async workload(
    @CurrentPrincipal() principal: Principal,
    @Args('agencyId', {
      type: () => ID,
      nullable: true,
      description: '默认为本人所在机关；管理员不填则为全部机关',
    })
    agencyId: string | null,
    @Args('includeSubtree', {
      type: () => Boolean,
      defaultValue: true,
      description: '包含下级机关（默认是）',
    })
    includeSubtree: boolean,
  ): Promise<WorkloadType> {
    return this.workloadQuery.execute({ principal, agencyId, includeSubtree });
  }
}
