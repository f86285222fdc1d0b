import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { lifecycleStateOf, Role, statutoryClockOf } from '@gongkai/data';
import {
  CLOCK,
  CurrentPrincipal,
  OptionalPrincipal,
  type Principal,
  Roles,
} from '@gongkai/platform';
import {
  allowedActions,
  ApplicationAction,
  type Clock,
  localDateInShanghai,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import { mayAssign } from '../use-cases/assign-application.use-case.js';
import { GetApplicationQuery } from '../use-cases/get-application.query.js';
import { ApplicationLoaders } from '../worklist/application-loaders.js';
import type { ProcessingRecords } from '../worklist/processing-records.js';
import { mayTakeAction } from './action-roles.js';
import { ApplicationEventView } from './application-event.type.js';
import { ApplicationPresenter } from './application.presenter.js';
import { ApplicationType } from './application.type.js';
import { ExplanationDay } from './deadline-calculation.type.js';
import './processing-enums.js';
import {
  AdministrativeReviewType,
  ConsultationType,
  FeeNoticeType,
  StatutoryClockType,
  SupplementRequestType,
} from './processing.type.js';

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  constructor(
    private readonly getApplicationQuery: GetApplicationQuery,
    private readonly loaders: ApplicationLoaders,
    private readonly presenter: ApplicationPresenter,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly timeSource: Clock,
  ) {}

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => ApplicationType, {
    description:
      'Officer (own agency) or supervisor (own agency and below): one application with its clock and processing records; the ID number in full only for the assignee and supervisors.',
  })
  async application(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: object,
  ): Promise<ApplicationType> {
    const read = await this.getApplicationQuery.execute({ principal, applicationId: id });
    // Read with its agency, processing records and timeline in one statement: the fields below
    // do not read them again.
    this.loaders.prime(context, read);
    return this.presenter.application(read.application, principal);
  }

  /**
   * The full timeline. Reached only through an Application the caller was already allowed to
   * read (the `application` query, the officers' mutation payloads); so are the fields below.
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

  @ResolveField(() => StatutoryClockType, {
    nullable: true,
    description: '按今日计算的期限：各项到期日、已用和剩余工作日、逐日说明；确认收到前为 null',
  })
  async clock(
    @Parent() parent: ApplicationType,
    @Context() context: object,
  ): Promise<StatutoryClockType | null> {
    const clock = statutoryClockOf(await this.load(context, parent), this.today(), this.calendar);
    if (clock === null) return null;
    return {
      state: clock.state as StatutoryClockType['state'],
      receivedOn: clock.receivedOn,
      baseDate: clock.baseDate,
      supplementNoticeDueOn: clock.supplementNoticeDueOn,
      replyDueOn: clock.replyDueOn,
      extendedReplyDueOn: clock.extendedReplyDueOn,
      effectiveReplyDueOn: clock.effectiveReplyDueOn,
      extended: clock.extended,
      countedWorkingDaysLimit: clock.countedWorkingDaysLimit,
      countedWorkingDaysUsed: clock.countedWorkingDaysUsed,
      countedWorkingDaysRemaining: clock.countedWorkingDaysRemaining,
      overdue: clock.overdue,
      provisional: clock.provisional,
      explanation: clock.explanation.map((day) => ExplanationDay.from(day)),
    };
  }

  @ResolveField(() => [ApplicationAction], {
    description:
      '规则当前允许、且调用者可以执行的操作；已分配的申请只有承办人本人或负责人可改派 (what the rules allow now and the caller may take)',
  })
  async availableActions(
    @Parent() parent: ApplicationType,
    @Context() context: object,
    @OptionalPrincipal() principal: Principal | null,
  ): Promise<ApplicationAction[]> {
    const state = lifecycleStateOf(await this.load(context, parent), this.today());
    const actions = allowedActions(state);
    const roles = principal?.roles ?? [];
    return actions.filter(
      (action) =>
        mayTakeAction(action, roles) &&
        // Once assigned, only the assignee or a supervisor reassigns.
        (action !== ApplicationAction.ASSIGN ||
          (principal !== null && mayAssign(parent.assigneeId, principal))),
    );
  }

  @ResolveField(() => [ConsultationType])
  async consultations(
    @Parent() parent: ApplicationType,
    @Context() context: object,
  ): Promise<ConsultationType[]> {
    const { consultations } = await this.load(context, parent);
    return consultations.map((c) => ({
      id: c.id,
      kind: c.kind,
      partyName: c.partyName,
      contact: c.contact,
      email: c.email,
      sentOn: c.sentOn,
      partyReceivedOn: c.partyReceivedOn,
      answerDueOn: c.answerDueOn,
      answer: c.answer,
      objectionReasons: c.objectionReasons,
      answeredOn: c.answeredOn,
    }));
  }

  @ResolveField(() => SupplementRequestType, { nullable: true })
  async supplementRequest(
    @Parent() parent: ApplicationType,
    @Context() context: object,
  ): Promise<SupplementRequestType | null> {
    const { supplement } = await this.load(context, parent);
    return (
      supplement && {
        id: supplement.id,
        items: [...supplement.items],
        requestedOn: supplement.requestedOn,
        dueOn: supplement.dueOn,
        receivedOn: supplement.receivedOn,
        response: supplement.response,
        late: supplement.late,
        receivedLate: supplement.receivedLate,
      }
    );
  }

  @ResolveField(() => FeeNoticeType, { nullable: true })
  async feeNotice(
    @Parent() parent: ApplicationType,
    @Context() context: object,
  ): Promise<FeeNoticeType | null> {
    const { fee } = await this.load(context, parent);
    return (
      fee && {
        id: fee.id,
        method: fee.method,
        assessedFen: fee.assessedFen,
        amountFen: fee.amountFen,
        breakdown: fee.breakdown.map((line) => ({ ...line })),
        waiverReason: fee.waiverReason,
        issuedOn: fee.issuedOn,
        receivedOn: fee.receivedOn,
        paymentDueOn: fee.paymentDueOn,
        paidOn: fee.paidOn,
        late: fee.late,
        paidLate: fee.paidLate,
      }
    );
  }

  @ResolveField(() => [AdministrativeReviewType])
  async reviews(
    @Parent() parent: ApplicationType,
    @Context() context: object,
  ): Promise<AdministrativeReviewType[]> {
    const { reviews } = await this.load(context, parent);
    return reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      filedOn: r.filedOn,
      result: r.result,
      resultOn: r.resultOn,
    }));
  }

  private today() {
    return localDateInShanghai(this.timeSource.now());
  }

  private async load(context: object, parent: ApplicationType): Promise<ProcessingRecords> {
    const records = await this.loaders.for(context).processingRecords.load(parent.id);
    if (!records) throw new Error('application vanished while resolving');
    return records;
  }
}
