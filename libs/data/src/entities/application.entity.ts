import { Collection, ref, type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import {
  type ActionCheck,
  type ActionInput,
  allowedActions,
  ApplicantKind,
  ApplicationAction,
  ApplicationStatus,
  assertAction,
  checkAction,
  Channel,
  computeStatutoryClock,
  determineLegalReceiptDate,
  DeemedWithdrawnReason,
  DomainError,
  ExtensionStatus,
  type FeeAssessment,
  initialStatus,
  LateFlag,
  LetterKind,
  LifecycleErrorCode,
  Outcome,
  type LegalReceipt,
  type LifecycleState,
  type LocalDate,
  type ReceiptEvidence,
  type ReplyContent,
  ReviewKind,
  ReviewResult,
  type StatutoryClock,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { AdministrativeReview } from './administrative-review.entity.js';
import { Agency } from './agency.entity.js';
import {
  ApplicationEvent,
  ApplicationEventType,
  type EventActor,
  EventActorKind,
} from './application-event.entity.js';
import {
  Consultation,
  ConsultationAnswer,
  ConsultationKind,
  consultationOpen,
} from './consultation.entity.js';
import { FeeNotice } from './fee-notice.entity.js';
import { IdentityDocumentType } from './identity-document-type.js';
import { ObtainingMethod } from './obtaining-method.js';
import { RequestedForm } from './requested-form.js';
import { ServiceMethod } from './service-method.js';
import { SupplementRequest } from './supplement-request.entity.js';
import { User } from './user.entity.js';

/** Longest texts accepted; the columns match, and libs/cases checks them at the edge. */
export const APPLICATION_TEXT_LIMITS = {
  name: 100,
  organisationName: 200,
  legalRepresentative: 100,
  contactPerson: 100,
  phone: 40,
  email: 254,
  postalAddress: 500,
  description: 4000,
  documentNumbers: 500,
  issuingBody: 200,
  legalBasis: 1000,
  replyText: 20000,
  replyReasons: 4000,
  accessInstructions: 2000,
  responsibleAgencyName: 200,
  responsibleAgencyContact: 200,
  referral: 1000,
  postalTrackingNumber: 64,
  extensionReason: 1000,
  extensionDecisionNote: 1000,
  withdrawalNote: 1000,
  closingNote: 1000,
} as const;

/**
 * The text the worklist search looks in: applicant name, organisation name and description,
 * one per line so a match never spans two of them. The search index and query use this
 * expression verbatim (libs/cases worklist).
 */
export const APPLICATION_SEARCH_TEXT = `coalesce("applicant_name", '') || E'\\n' || coalesce("organisation_name", '') || E'\\n' || "description"`;

/**
 * Statistics (libs/reporting): table 三 reads the applications not concluded before a period's
 * start (`coalesce(concluded_on, 'infinity') >= from`, one range per agency) and received by its
 * end, grouped by applicant kind and outcome. Every column it reads is in the index, so the
 * aggregation is an index-only scan (prisma-free-docs/performance.md §4).
 */
const STATISTICS_FLOW_INDEX = `create index "application_statistics_flow_idx" on "application" ("agency_id", coalesce("concluded_on", 'infinity'::date), "received_on") include ("applicant_kind", "outcome", "concluded_on")`;

/** Statistics: replies served in a period, with what the on-time and working-day figures read. */
const STATISTICS_SERVED_INDEX = `create index "application_statistics_served_idx" on "application" ("agency_id", "served_on") include ("received_on", "reply_due_on") where "served_on" is not null`;

/** Statistics: extensions approved in a period (few applications are extended). */
const STATISTICS_EXTENSION_INDEX = `create index "application_statistics_extension_idx" on "application" ("agency_id", "extension_decided_on") where "extension_status" = 'APPROVED'`;

/** Keyset order of the worklist: reply due date ascending, undated last, then id. */
const WORKLIST_DUE_INDEX = `create index "application_worklist_due_idx" on "application" ("agency_id", coalesce("reply_due_on", 'infinity'::date), "id")`;

/**
 * Character bigrams (`gongkai_search_bigrams`, migration 20261127021500) make a 2-character
 * Chinese query indexable, which pg_trgm's trigrams cannot (measured in prisma-free-docs/api.md).
 */
const SEARCH_BIGRAMS_INDEX = `create index "application_search_bigrams_idx" on "application" using gin (gongkai_search_bigrams(${APPLICATION_SEARCH_TEXT}))`;

/**
 * The default worklist (open applications in reply-due order) and the workload counts read this
 * partial index: closed applications pile up over the years, open ones do not.
 */
const OPEN_DUE_INDEX = `create index "application_open_due_idx" on "application" ("agency_id", coalesce("reply_due_on", 'infinity'::date), "id") where "status" not in ('CLOSED', 'WITHDRAWN')`;

/**
 * The worklist newest first (`RECEIVED_ON_DESC`, read backwards): all applications, and the open
 * ones (the default). Without them PostgreSQL sorted an agency's every application for 20 rows
 * (0.31 s for a city of 114 000 applications; prisma-free-docs/performance.md §3).
 */
const WORKLIST_RECEIVED_INDEX = `create index "application_worklist_received_idx" on "application" ("agency_id", coalesce("received_on", '-infinity'::date), "id")`;
const OPEN_RECEIVED_INDEX = `create index "application_open_received_idx" on "application" ("agency_id", coalesce("received_on", '-infinity'::date), "id") where "status" not in ('CLOSED', 'WITHDRAWN')`;

/**
 * Who filed, for repeat detection and the monthly volume: a person by the keyed hash of the ID
 * number, an organisation by its unified social credit code (public, not personal data).
 */
const APPLICANT_KEY_INDEX = `create index "application_applicant_key_idx" on "application" ("agency_id", coalesce("id_number_hash", "credit_code"))`;

/** The applicant as stated on the application (申请人, Art. 29(2)(一)), already validated. */
export interface ApplicantSnapshot {
  readonly kind: ApplicantKind;
  /** A natural person's name (姓名); optional for organisations. */
  readonly name: string | null;
  readonly idType: IdentityDocumentType | null;
  /** AES-256-GCM ciphertext of the ID number (never the number itself). */
  readonly idNumberCiphertext: string | null;
  /** Keyed hash of the ID number, for matching repeat applications. */
  readonly idNumberHash: string | null;
  /** An organisation's name (名称). */
  readonly organisationName: string | null;
  /** 统一社会信用代码. */
  readonly creditCode: string | null;
  readonly legalRepresentative: string | null;
  readonly contactPerson: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly postalAddress: string | null;
}

/** What is asked for (Art. 29(2)(二)) and how (Art. 29(2)(三)). */
export interface RequestedInformation {
  readonly description: string;
  readonly documentNumbers: string | null;
  readonly issuingBody: string | null;
  readonly requestedForm: RequestedForm;
  readonly obtainingMethod: ObtainingMethod;
}

/** The receipt facts of Art. 31 as recorded (see `ReceiptEvidence` in libs/rules). */
export interface ReceiptFacts {
  readonly channel: Channel;
  readonly letterKind: LetterKind | null;
  readonly arrivedOn: LocalDate;
  readonly signedForOn: LocalDate | null;
  readonly confirmedOn: LocalDate | null;
}

/** What a transition needs besides its own input: the legal date, the calendar, who and when. */
export interface TransitionContext {
  readonly today: LocalDate;
  readonly calendar: WorkingDayCalendar;
  readonly actor: EventActor;
  readonly now: Date;
}

/**
 * An application for government information (申请, the aggregate; DESIGN.md §4). Every change
 * of state is a method that checks the lifecycle rules and returns the event to append, so a
 * use case persists the application and its event in one transaction.
 */
@Entity({ tableName: 'application' })
@Unique({ name: 'application_tracking_number_unique', properties: ['trackingNumber', 'agency'] })
@Unique({ name: 'application_idempotency_key_unique', properties: ['agency', 'idempotencyKey'] })
@Index({ properties: ['agency', 'status'] })
// Includes the channel: the statistics' channel counts are an index-only scan (performance.md §4).
@Index({ properties: ['agency', 'receivedOn'], include: ['channel'] })
@Index({ properties: ['status', 'replyDueOn'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['idNumberHash'] })
@Index({ name: 'application_worklist_due_idx', expression: WORKLIST_DUE_INDEX })
@Index({ name: 'application_search_bigrams_idx', expression: SEARCH_BIGRAMS_INDEX })
@Index({ name: 'application_open_due_idx', expression: OPEN_DUE_INDEX })
@Index({ name: 'application_worklist_received_idx', expression: WORKLIST_RECEIVED_INDEX })
@Index({ name: 'application_open_received_idx', expression: OPEN_RECEIVED_INDEX })
@Index({ name: 'application_applicant_key_idx', expression: APPLICANT_KEY_INDEX })
@Index({ name: 'application_statistics_flow_idx', expression: STATISTICS_FLOW_INDEX })
@Index({ name: 'application_statistics_served_idx', expression: STATISTICS_SERVED_INDEX })
@Index({ name: 'application_statistics_extension_idx', expression: STATISTICS_EXTENSION_INDEX })
export class Application {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  /**
   * `<agency code>-<year>-<6 digits>`, gapless per agency and year. Returned by the insert, which
   * takes it with `next_tracking_number` (repositories/tracking-numbers.ts).
   */
  @Property({ length: 64, returning: true })
  trackingNumber!: string;

  // --- receipt (Art. 31) ---

  @Enum({ items: () => Channel })
  channel!: Channel;

  @Enum({ items: () => LetterKind, nullable: true })
  letterKind!: LetterKind | null;

  /** The day the application reached the agency: handed in, submitted online, letter or fax arrived. */
  @Property({ type: 'date' })
  arrivedOn!: LocalDate;

  /** Registered post: the day the agency signed for it (签收). */
  @Property({ type: 'date', nullable: true })
  signedForOn!: LocalDate | null;

  /** Ordinary letter, online, fax: the day receipt was confirmed with the applicant (确认). */
  @Property({ type: 'date', nullable: true })
  confirmedOn!: LocalDate | null;

  /** The legal receipt date (收到申请之日), derived per Art. 31; null until it is known. */
  @Property({ type: 'date', nullable: true })
  receivedOn: LocalDate | null = null;

  /** The clause of Art. 31 applied, e.g. `31(2)`. */
  @Property({ length: 8 })
  receiptArticle!: string;

  /** How the legal receipt date was (or will be) fixed, in the words of the regulation. */
  @Property({ length: 500 })
  receiptExplanation!: string;

  // --- applicant (Art. 29(2)(一)) ---

  @Enum({ items: () => ApplicantKind })
  applicantKind!: ApplicantKind;

  @Property({ length: APPLICATION_TEXT_LIMITS.name, nullable: true })
  applicantName!: string | null;

  @Enum({ items: () => IdentityDocumentType, nullable: true })
  idType!: IdentityDocumentType | null;

  /** `DataProtection.encrypt` output, bound to this application's id. Never logged or exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  idNumberCiphertext!: string | null;

  /** HMAC-SHA256 under a key derived from DATA_ENCRYPTION_KEY; matches repeats, reveals nothing. */
  @Property({ length: 64, nullable: true, hidden: true })
  idNumberHash!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.organisationName, nullable: true })
  organisationName!: string | null;

  @Property({ length: 18, nullable: true })
  creditCode!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.legalRepresentative, nullable: true })
  legalRepresentative!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.contactPerson, nullable: true })
  contactPerson!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.phone, nullable: true })
  phone!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.email, nullable: true })
  email!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.postalAddress, nullable: true })
  postalAddress!: string | null;

  /** The applicant's account, when a signed-in applicant filed online (`myApplications`). */
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', index: true })
  applicantUser: Ref<User> | null = null;

  // --- requested information (Art. 29(2)(二), (三)) ---

  @Property({ length: APPLICATION_TEXT_LIMITS.description })
  description!: string;

  /** 文号 of the documents asked for, as the applicant wrote them. */
  @Property({ length: APPLICATION_TEXT_LIMITS.documentNumbers, nullable: true })
  documentNumbers!: string | null;

  @Property({ length: APPLICATION_TEXT_LIMITS.issuingBody, nullable: true })
  issuingBody!: string | null;

  @Enum({ items: () => RequestedForm })
  requestedForm!: RequestedForm;

  @Enum({ items: () => ObtainingMethod })
  obtainingMethod!: ObtainingMethod;

  // --- processing ---

  @Enum({ items: () => ApplicationStatus })
  status!: ApplicationStatus;

  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'restrict' })
  assignee: Ref<User> | null = null;

  /**
   * The reply due date in force: the 20th counted working day after the base date, the 40th with
   * an approved extension, pauses left out (projected while one is open); null before receipt.
   */
  @Property({ type: 'date', nullable: true })
  replyDueOn: LocalDate | null = null;

  /** 7th working day after the original receipt (Art. 30); null before receipt. */
  @Property({ type: 'date', nullable: true })
  supplementNoticeDueOn: LocalDate | null = null;

  /** A stored due date rests on a year whose holiday notice is not loaded yet. */
  @Property({ type: 'boolean' })
  provisional: boolean & Opt = false;

  /** Time limits missed so far (recorded, never blocking; counted in the on-time figures). */
  @Enum({ items: () => LateFlag, array: true, defaultRaw: `'{}'` })
  lateFlags: LateFlag[] & Opt = [];

  // --- extension (Art. 33(2)) ---

  @Enum({ items: () => ExtensionStatus, default: ExtensionStatus.NONE })
  extensionStatus: ExtensionStatus & Opt = ExtensionStatus.NONE;

  @Property({ length: APPLICATION_TEXT_LIMITS.extensionReason, nullable: true })
  extensionReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  extensionRequestedOn: LocalDate | null = null;

  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'restrict' })
  extensionRequestedBy: Ref<User> | null = null;

  @Property({ type: 'date', nullable: true })
  extensionDecidedOn: LocalDate | null = null;

  /** The supervisor who approved or refused. */
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'restrict' })
  extensionDecidedBy: Ref<User> | null = null;

  @Property({ length: APPLICATION_TEXT_LIMITS.extensionDecisionNote, nullable: true })
  extensionDecisionNote: string | null = null;

  // --- reply (答复) and service (送达) ---

  /** The leaf row of table 三 the application ends in; set by the reply or the closing. */
  @Enum({ items: () => Outcome, nullable: true })
  outcome: Outcome | null = null;

  @Property({ type: 'date', nullable: true })
  repliedOn: LocalDate | null = null;

  @Property({ length: APPLICATION_TEXT_LIMITS.legalBasis, nullable: true })
  legalBasis: string | null = null;

  /** The reply letter's text, as the applicant reads it. */
  @Property({ length: APPLICATION_TEXT_LIMITS.replyText, nullable: true })
  replyText: string | null = null;

  /** 说明理由 (required for withheld and partially granted replies). */
  @Property({ length: APPLICATION_TEXT_LIMITS.replyReasons, nullable: true })
  replyReasons: string | null = null;

  @Property({ length: APPLICATION_TEXT_LIMITS.accessInstructions, nullable: true })
  accessInstructions: string | null = null;

  /** Art. 36(5): the agency holding the information. */
  @Property({ length: APPLICATION_TEXT_LIMITS.responsibleAgencyName, nullable: true })
  responsibleAgencyName: string | null = null;

  @Property({ length: APPLICATION_TEXT_LIMITS.responsibleAgencyContact, nullable: true })
  responsibleAgencyContact: string | null = null;

  /** The other procedure the applicant is pointed to (Art. 36(7), Art. 39). */
  @Property({ length: APPLICATION_TEXT_LIMITS.referral, nullable: true })
  referral: string | null = null;

  @Enum({ items: () => ServiceMethod, nullable: true })
  serviceMethod: ServiceMethod | null = null;

  /** The day the reply was served: the on-time check uses it. */
  @Property({ type: 'date', nullable: true })
  servedOn: LocalDate | null = null;

  @Property({ length: APPLICATION_TEXT_LIMITS.postalTrackingNumber, nullable: true })
  postalTrackingNumber: string | null = null;

  /** 办结: served, withdrawn or deemed withdrawn; the statistics' conclusion date. */
  @Property({ type: 'date', nullable: true })
  concludedOn: LocalDate | null = null;

  // --- withdrawal (撤回 / 视为放弃申请) ---

  @Property({ type: 'date', nullable: true })
  withdrawnOn: LocalDate | null = null;

  /** How the withdrawal reached the agency when an officer records it (e.g. a letter). */
  @Property({ length: APPLICATION_TEXT_LIMITS.withdrawalNote, nullable: true })
  withdrawalNote: string | null = null;

  @Enum({ items: () => DeemedWithdrawnReason, nullable: true })
  deemedWithdrawnReason: DeemedWithdrawnReason | null = null;

  /** The officer's reason for the deemed-withdrawn closing. */
  @Property({ length: APPLICATION_TEXT_LIMITS.closingNote, nullable: true })
  closingNote: string | null = null;

  // --- related records (load with `populate` before a transition) ---

  @OneToMany(() => SupplementRequest, (s) => s.application)
  supplementRequests = new Collection<SupplementRequest>(this);

  @OneToMany(() => Consultation, (c) => c.application, { orderBy: { sentOn: 'asc', id: 'asc' } })
  consultations = new Collection<Consultation>(this);

  @OneToMany(() => FeeNotice, (f) => f.application)
  feeNotices = new Collection<FeeNotice>(this);

  @OneToMany(() => AdministrativeReview, (r) => r.application, {
    orderBy: { filedOn: 'asc', id: 'asc' },
  })
  reviews = new Collection<AdministrativeReview>(this);

  // --- access and integrity ---

  /** SHA-256 of the query code (查询码); the code itself is shown once and never stored. */
  @Property({ length: 64, hidden: true })
  queryCodeHash!: string;

  /** The client's key for a safe retry of the filing; unique per agency. */
  @Property({ length: 100, nullable: true })
  idempotencyKey!: string | null;

  /** Keyed hash of the filing's content: a retry with the same key must carry the same content. */
  @Property({ length: 64, nullable: true, hidden: true })
  requestFingerprint!: string | null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  constructor(props: {
    id: string;
    agency: Agency;
    receipt: ReceiptFacts;
    applicant: ApplicantSnapshot;
    request: RequestedInformation;
    queryCodeHash: string;
    idempotencyKey: string | null;
    requestFingerprint: string | null;
    now: Date;
  }) {
    this.id = props.id;
    this.agency = ref(props.agency);
    const { receipt, applicant, request } = props;
    this.channel = receipt.channel;
    this.letterKind = receipt.letterKind;
    this.arrivedOn = receipt.arrivedOn;
    this.signedForOn = receipt.signedForOn;
    this.confirmedOn = receipt.confirmedOn;
    this.applicantKind = applicant.kind;
    this.applicantName = applicant.name;
    this.idType = applicant.idType;
    this.idNumberCiphertext = applicant.idNumberCiphertext;
    this.idNumberHash = applicant.idNumberHash;
    this.organisationName = applicant.organisationName;
    this.creditCode = applicant.creditCode;
    this.legalRepresentative = applicant.legalRepresentative;
    this.contactPerson = applicant.contactPerson;
    this.phone = applicant.phone;
    this.email = applicant.email;
    this.postalAddress = applicant.postalAddress;
    this.description = request.description;
    this.documentNumbers = request.documentNumbers;
    this.issuingBody = request.issuingBody;
    this.requestedForm = request.requestedForm;
    this.obtainingMethod = request.obtainingMethod;
    this.queryCodeHash = props.queryCodeHash;
    this.idempotencyKey = props.idempotencyKey;
    this.requestFingerprint = props.requestFingerprint;
    this.status = ApplicationStatus.PENDING_CONFIRMATION;
    this.receiptArticle = '';
    this.receiptExplanation = '';
    this.createdAt = props.now;
    this.updatedAt = props.now;
  }

  /** The AAD that binds the ID number's ciphertext to this application. */
  static idNumberContext(applicationId: string): string {
    return `application.id_number:${applicationId}`;
  }

  /**
   * A new application is on file (submitted online or registered by an officer): fixes the legal
   * receipt date when the evidence already does (Art. 31), starts the clock, and sets the first
   * status. Refuses receipt dates after today. No database work: it runs before the transaction.
   */
  recordFiling(
    type: ApplicationEventType.SUBMITTED | ApplicationEventType.REGISTERED,
    context: TransitionContext,
  ): { event: ApplicationEvent; receipt: LegalReceipt } {
    for (const [field, date] of [
      ['arrivedOn', this.arrivedOn],
      ['signedForOn', this.signedForOn],
      ['confirmedOn', this.confirmedOn],
    ] as const) {
      notAfterToday(field, date, context.today);
    }
    const receipt = determineLegalReceiptDate(this.receiptEvidence());
    this.applyReceipt(receipt, context);
    this.status = initialStatus(receipt);
    const event = this.event(type, context, {
      channel: this.channel,
      letterKind: this.letterKind,
      arrivedOn: this.arrivedOn,
      signedForOn: this.signedForOn,
      confirmedOn: this.confirmedOn,
      receivedOn: this.receivedOn,
      article: receipt.article,
      replyDueOn: this.replyDueOn,
      supplementNoticeDueOn: this.supplementNoticeDueOn,
    });
    return { event, receipt };
  }

  /** Tracking numbers are taken inside the transaction, after everything else is checked. */
  assignTrackingNumber(trackingNumber: string): void {
    this.trackingNumber = trackingNumber;
  }

  /**
   * Art. 31(2)/(3): receipt of an ordinary letter, an online or a fax application is confirmed
   * with the applicant; the confirmation day becomes the legal receipt date and the clock starts.
   */
  confirmReceipt(confirmedOn: LocalDate, context: TransitionContext): ApplicationEvent {
    const check = assertAction(
      this.lifecycleState(context.today),
      ApplicationAction.CONFIRM_RECEIPT,
    );
    notAfterToday('confirmedOn', confirmedOn, context.today);
    const receipt = determineLegalReceiptDate({ ...this.receiptEvidence(), confirmedOn });
    if (receipt.status !== 'RECEIVED') {
      // Only confirmation channels wait for a confirmation, so this is a broken invariant.
      throw new DomainError(
        LifecycleErrorCode.RECEIPT_EVIDENCE_MISSING,
        'This application does not take a confirmation.',
        { channel: this.channel },
      );
    }
    this.confirmedOn = confirmedOn;
    this.applyReceipt(receipt, context);
    this.status = check.nextStatus;
    return this.event(ApplicationEventType.RECEIPT_CONFIRMED, context, {
      confirmedOn,
      receivedOn: this.receivedOn,
      article: receipt.article,
      replyDueOn: this.replyDueOn,
      supplementNoticeDueOn: this.supplementNoticeDueOn,
      provisional: this.provisional,
    });
  }

  // --- processing (issue 4): one method per action of the rules' transition table ---

  /** ASSIGN: give the application to a case officer, or move it to another one. */
  assign(assignee: User, context: TransitionContext): ApplicationEvent {
    const check = this.check(ApplicationAction.ASSIGN, context);
    const previousAssigneeId = this.assignee?.id ?? null;
    if (previousAssigneeId === assignee.id) {
      throw new DomainError(
        'APPLICATION.ALREADY_ASSIGNED',
        '该申请已由此人承办 (already assigned)',
      );
    }
    this.assignee = ref(assignee);
    return this.finish(check, ApplicationEventType.ASSIGNED, context, {
      assigneeId: assignee.id,
      previousAssigneeId,
    });
  }

  /** REQUEST_SUPPLEMENT: the one consolidated notice (一次性告知, Art. 30); the clock stops. */
  requestSupplement(
    input: { items: readonly string[]; dueOn: LocalDate },
    context: TransitionContext,
  ): { event: ApplicationEvent; supplement: SupplementRequest } {
    const check = this.check(ApplicationAction.REQUEST_SUPPLEMENT, context);
    if (input.dueOn <= context.today) {
      throw new DomainError(
        'APPLICATION.SUPPLEMENT_DUE_DATE_INVALID',
        '补正期限须晚于今日 (the supplement due date must be after today)',
        { field: 'dueOn' },
      );
    }
    const supplement = new SupplementRequest({
      application: this,
      items: [...input.items],
      requestedOn: context.today,
      dueOn: input.dueOn,
      late: check.late.includes(LateFlag.SUPPLEMENT_NOTICE_LATE),
      requestedBy: actorUserId(context.actor),
      now: context.now,
    });
    this.supplementRequests.add(supplement);
    const event = this.finish(check, ApplicationEventType.SUPPLEMENT_REQUESTED, context, {
      supplementRequestId: supplement.id,
      items: input.items.length,
      dueOn: input.dueOn,
    });
    return { event, supplement };
  }

  /** RECORD_SUPPLEMENT: the supplement arrived; the reply period restarts from that day. */
  recordSupplement(
    input: { receivedOn: LocalDate; response: string | null },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.RECORD_SUPPLEMENT, context, {}, input.receivedOn);
    const supplement = this.supplementRequest()!;
    dateInRange('receivedOn', input.receivedOn, supplement.requestedOn, context.today);
    supplement.receivedOn = input.receivedOn;
    supplement.response = input.response;
    supplement.receivedLate = check.late.includes(LateFlag.SUPPLEMENT_RECEIVED_LATE);
    return this.finish(check, ApplicationEventType.SUPPLEMENT_RECORDED, context, {
      receivedOn: input.receivedOn,
    });
  }

  /** START_CONSULTATION: a third party or another agency is asked; the clock pauses. */
  startConsultation(
    input: {
      kind: ConsultationKind;
      partyName: string;
      contact: string | null;
      email: string | null;
      sentOn: LocalDate;
      partyReceivedOn: LocalDate | null;
    },
    context: TransitionContext,
  ): { event: ApplicationEvent; consultation: Consultation } {
    const check = this.check(ApplicationAction.START_CONSULTATION, context);
    dateInRange('sentOn', input.sentOn, this.receivedOn!, context.today);
    if (input.partyReceivedOn !== null) {
      dateInRange('partyReceivedOn', input.partyReceivedOn, input.sentOn, context.today);
    }
    const consultation = new Consultation({ application: this, ...input, now: context.now });
    this.consultations.add(consultation);
    const event = this.finish(check, ApplicationEventType.CONSULTATION_STARTED, context, {
      consultationId: consultation.id,
      kind: input.kind,
      sentOn: input.sentOn,
      partyReceivedOn: input.partyReceivedOn,
    });
    return { event, consultation };
  }

  /** RECORD_CONSULTATION_REPLY: agree, object (with reasons) or no answer; the pause ends. */
  recordConsultationReply(
    input: {
      consultationId: string;
      answer: ConsultationAnswer;
      objectionReasons: string | null;
      answeredOn: LocalDate;
      partyReceivedOn: LocalDate | null;
    },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.RECORD_CONSULTATION_REPLY, context);
    const consultation = this.consultations.getItems().find((c) => c.id === input.consultationId);
    if (!consultation || !consultation.open) {
      throw new DomainError(
        'APPLICATION.CONSULTATION_NOT_FOUND',
        '没有这项待答复的征求意见 (no such open consultation)',
        { field: 'consultationId' },
      );
    }
    if ((input.answer === ConsultationAnswer.OBJECT) !== (input.objectionReasons !== null)) {
      throw new DomainError(
        'APPLICATION.OBJECTION_REASONS_REQUIRED',
        '不同意公开须说明理由，其他答复不填理由 (reasons go with an objection, and only with it)',
        { field: 'objectionReasons' },
      );
    }
    const partyReceivedOn = input.partyReceivedOn ?? consultation.partyReceivedOn;
    if (partyReceivedOn !== null) {
      dateInRange('partyReceivedOn', partyReceivedOn, consultation.sentOn, context.today);
    }
    dateInRange(
      'answeredOn',
      input.answeredOn,
      partyReceivedOn ?? consultation.sentOn,
      context.today,
    );
    consultation.partyReceivedOn = partyReceivedOn;
    consultation.answer = input.answer;
    consultation.objectionReasons = input.objectionReasons;
    consultation.answeredOn = input.answeredOn;
    return this.finish(check, ApplicationEventType.CONSULTATION_REPLY_RECORDED, context, {
      consultationId: consultation.id,
      answer: input.answer,
      answeredOn: input.answeredOn,
    });
  }

  /** REQUEST_EXTENSION: the officer asks for the one extension of Art. 33(2), with a reason. */
  requestExtension(reason: string, context: TransitionContext): ApplicationEvent {
    const check = this.check(ApplicationAction.REQUEST_EXTENSION, context);
    this.extensionStatus = ExtensionStatus.REQUESTED;
    this.extensionReason = reason;
    this.extensionRequestedOn = context.today;
    this.extensionRequestedBy = ref(User, actorUserId(context.actor));
    return this.finish(check, ApplicationEventType.EXTENSION_REQUESTED, context, {
      requestedOn: context.today,
    });
  }

  /** DECIDE_EXTENSION: the supervisor approves (40 counted days) or refuses, once. */
  decideExtension(
    input: { approved: boolean; note: string | null },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.DECIDE_EXTENSION, context, {
      extensionApproved: input.approved,
    });
    this.extensionStatus = input.approved ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED;
    this.extensionDecidedOn = context.today;
    this.extensionDecidedBy = ref(User, actorUserId(context.actor));
    this.extensionDecisionNote = input.note;
    return this.finish(check, ApplicationEventType.EXTENSION_DECIDED, context, {
      approved: input.approved,
      decidedOn: context.today,
    });
  }

  /** ISSUE_FEE_NOTICE: the fee the rules' calculator gave; the wait for payment pauses the clock. */
  issueFeeNotice(
    input: { assessment: FeeAssessment; issuedOn: LocalDate; receivedOn: LocalDate },
    context: TransitionContext,
  ): { event: ApplicationEvent; feeNotice: FeeNotice } {
    const check = this.check(ApplicationAction.ISSUE_FEE_NOTICE, context, {}, input.issuedOn);
    dateInRange('issuedOn', input.issuedOn, this.receivedOn!, context.today);
    dateInRange('receivedOn', input.receivedOn, input.issuedOn, context.today);
    const { assessment } = input;
    const feeNotice = new FeeNotice({
      application: this,
      method: assessment.method,
      assessedFen: assessment.assessedFen,
      amountFen: assessment.amountFen,
      breakdown: assessment.breakdown,
      waiverReason: assessment.waiverReason ?? null,
      issuedOn: input.issuedOn,
      receivedOn: input.receivedOn,
      late: check.late.includes(LateFlag.FEE_NOTICE_LATE),
      now: context.now,
    });
    this.feeNotices.add(feeNotice);
    const event = this.finish(check, ApplicationEventType.FEE_NOTICE_ISSUED, context, {
      feeNoticeId: feeNotice.id,
      method: assessment.method,
      amountFen: assessment.amountFen,
      waived: assessment.waived,
    });
    return { event, feeNotice };
  }

  /** RECORD_FEE_PAYMENT: the fee was paid; the clock runs again. */
  recordFeePayment(paidOn: LocalDate, context: TransitionContext): ApplicationEvent {
    const check = this.check(ApplicationAction.RECORD_FEE_PAYMENT, context, {}, paidOn);
    const feeNotice = this.feeNotice()!;
    dateInRange('paidOn', paidOn, feeNotice.issuedOn, context.today);
    feeNotice.paidOn = paidOn;
    feeNotice.paidLate = check.late.includes(LateFlag.FEE_PAID_LATE);
    return this.finish(check, ApplicationEventType.FEE_PAYMENT_RECORDED, context, { paidOn });
  }

  /**
   * ISSUE_REPLY: the decision, with what its outcome requires (checked by the caller with the
   * rules' `validateReplyContent`) and the letter's text.
   */
  issueReply(
    input: {
      outcome: Outcome;
      content: ReplyContent;
      replyText: string;
    },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.ISSUE_REPLY, context, { outcome: input.outcome });
    const { content } = input;
    this.outcome = input.outcome;
    this.repliedOn = context.today;
    this.legalBasis = content.legalBasis ?? null;
    this.replyReasons = content.reasons ?? null;
    this.accessInstructions = content.accessInstructions ?? null;
    this.responsibleAgencyName = content.responsibleAgency?.name ?? null;
    this.responsibleAgencyContact = content.responsibleAgency?.contact ?? null;
    this.referral = content.referral ?? null;
    this.replyText = input.replyText;
    return this.finish(check, ApplicationEventType.REPLY_ISSUED, context, {
      outcome: input.outcome,
      repliedOn: context.today,
    });
  }

  /** RECORD_SERVICE: the reply reached the applicant; concludes (办结) on the served date. */
  recordService(
    input: { method: ServiceMethod; servedOn: LocalDate; postalTrackingNumber: string | null },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.RECORD_SERVICE, context, {
      servedOn: input.servedOn,
    });
    dateInRange('servedOn', input.servedOn, this.repliedOn!, context.today);
    this.serviceMethod = input.method;
    this.servedOn = input.servedOn;
    this.postalTrackingNumber = input.postalTrackingNumber;
    return this.finish(
      check,
      ApplicationEventType.SERVICE_RECORDED,
      context,
      { method: input.method, servedOn: input.servedOn },
      input.servedOn,
    );
  }

  /** WITHDRAW: the applicant withdraws (online, or in writing recorded by an officer). */
  withdraw(
    input: { withdrawnOn: LocalDate; note: string | null },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.WITHDRAW, context);
    dateInRange('withdrawnOn', input.withdrawnOn, this.arrivedOn, context.today);
    this.withdrawnOn = input.withdrawnOn;
    this.withdrawalNote = input.note;
    return this.finish(
      check,
      ApplicationEventType.WITHDRAWN,
      context,
      { withdrawnOn: input.withdrawnOn },
      input.withdrawnOn,
    );
  }

  /** CLOSE_AS_DEEMED_WITHDRAWN: no supplement, or the fee unpaid, by the deadline (officer). */
  closeAsDeemedWithdrawn(
    input: { reason: DeemedWithdrawnReason; note: string },
    context: TransitionContext,
  ): ApplicationEvent {
    const check = this.check(ApplicationAction.CLOSE_AS_DEEMED_WITHDRAWN, context, {
      deemedWithdrawnReason: input.reason,
    });
    this.deemedWithdrawnReason = input.reason;
    this.closingNote = input.note;
    return this.finish(check, ApplicationEventType.DEEMED_WITHDRAWN, context, {
      reason: input.reason,
    });
  }

  /** RECORD_REVIEW: a reconsideration or lawsuit about the decision, or its later result. */
  recordReview(
    input: {
      reviewId: string | null;
      kind: ReviewKind;
      filedOn: LocalDate;
      result: ReviewResult;
      resultOn: LocalDate | null;
    },
    context: TransitionContext,
  ): { event: ApplicationEvent; review: AdministrativeReview } {
    const check = this.check(ApplicationAction.RECORD_REVIEW, context);
    dateInRange('filedOn', input.filedOn, this.repliedOn ?? this.concludedOn!, context.today);
    if ((input.result === ReviewResult.PENDING) !== (input.resultOn === null)) {
      throw new DomainError(
        'APPLICATION.REVIEW_RESULT_DATE',
        '已审结的须填写结果日期，尚未审结的不填 (a result needs its date; PENDING has none)',
        { field: 'resultOn' },
      );
    }
    if (input.resultOn !== null) {
      dateInRange('resultOn', input.resultOn, input.filedOn, context.today);
    }
    let review = input.reviewId
      ? this.reviews.getItems().find((r) => r.id === input.reviewId)
      : undefined;
    if (input.reviewId && !review) {
      throw new DomainError('APPLICATION.REVIEW_NOT_FOUND', '找不到该复议或诉讼记录', {
        field: 'reviewId',
      });
    }
    if (review) {
      Object.assign(review, {
        kind: input.kind,
        filedOn: input.filedOn,
        result: input.result,
        resultOn: input.resultOn,
        updatedAt: context.now,
      });
    } else {
      review = new AdministrativeReview({ application: this, ...input, now: context.now });
      this.reviews.add(review);
    }
    const event = this.finish(check, ApplicationEventType.REVIEW_RECORDED, context, {
      reviewId: review.id,
      kind: input.kind,
      result: input.result,
    });
    return { event, review };
  }

  /** The supplement request, if one was made (needs `supplementRequests` loaded). */
  supplementRequest(): SupplementRequest | null {
    return this.supplementRequests.getItems()[0] ?? null;
  }

  /** The fee notice, if one was issued (needs `feeNotices` loaded). */
  feeNotice(): FeeNotice | null {
    return this.feeNotices.getItems()[0] ?? null;
  }

  /**
   * What the lifecycle rules look at, from the application and its records (supplement request,
   * consultations, fee notice: load them first, see `PROCESSING_RELATIONS`).
   */
  lifecycleState(today: LocalDate): LifecycleState {
    return lifecycleStateOf(this.processingFacts(), today);
  }

  /** The actions the rules allow now (inputs are checked when one is taken). */
  availableActions(today: LocalDate): ApplicationAction[] {
    return allowedActions(this.lifecycleState(today));
  }

  /**
   * The statutory clock read on `today` (on the conclusion day once concluded); null before the
   * legal receipt date is known.
   */
  statutoryClock(today: LocalDate, calendar: WorkingDayCalendar): StatutoryClock | null {
    return statutoryClockOf(this.processingFacts(), today, calendar);
  }

  private processingFacts(): ProcessingFacts {
    return {
      status: this.status,
      receivedOn: this.receivedOn,
      replyDueOn: this.replyDueOn,
      supplementNoticeDueOn: this.supplementNoticeDueOn,
      extensionStatus: this.extensionStatus,
      extensionDecidedOn: this.extensionDecidedOn,
      repliedOn: this.repliedOn,
      concludedOn: this.concludedOn,
      supplement: this.supplementRequest(),
      consultations: this.consultations.getItems(),
      fee: this.feeNotice(),
    };
  }

  /**
   * The working calendar changed (an administrator loaded a year): computes the stored due dates
   * again. Returns the DUE_DATES_RECOMPUTED event when any of them (or the provisional flag)
   * changed, else null and nothing changes. Needs the processing relations loaded.
   */
  recomputeDueDates(
    context: TransitionContext,
    data: Record<string, unknown>,
  ): ApplicationEvent | null {
    const snapshot = () =>
      JSON.stringify([
        this.replyDueOn,
        this.supplementNoticeDueOn,
        this.provisional,
        this.consultations.getItems().map((c) => c.answerDueOn),
        this.feeNotice()?.paymentDueOn ?? null,
      ]);
    const before = {
      replyDueOn: this.replyDueOn,
      supplementNoticeDueOn: this.supplementNoticeDueOn,
      provisional: this.provisional,
    };
    const was = snapshot();
    this.recomputeClock(context);
    if (snapshot() === was) return null;
    this.updatedAt = context.now;
    return this.event(ApplicationEventType.DUE_DATES_RECOMPUTED, context, {
      ...data,
      before,
      replyDueOn: this.replyDueOn,
      supplementNoticeDueOn: this.supplementNoticeDueOn,
      provisional: this.provisional,
    });
  }

  /** Stores what the worklist, reminders and statistics read: the due dates in force. */
  private recomputeClock(context: TransitionContext): void {
    const clock = this.statutoryClock(context.today, context.calendar);
    if (clock === null) return;
    this.replyDueOn = clock.effectiveReplyDueOn;
    this.supplementNoticeDueOn = clock.supplementNoticeDueOn;
    const dueField = clock.extended ? 'extendedReplyDueOn' : 'replyDueOn';
    this.provisional =
      clock.provisionalFields.includes(dueField) ||
      clock.provisionalFields.includes('supplementNoticeDueOn');
    for (const result of clock.consultations) {
      const consultation = this.consultations.getItems().find((c) => c.id === result.id);
      if (consultation) consultation.answerDueOn = result.answerDueOn;
    }
    const fee = this.feeNotice();
    if (fee && clock.feeNotice) fee.paymentDueOn = clock.feeNotice.paymentDueOn;
  }

  /**
   * The rules' check for `action` on today's state; `actedOn` is the day the fact happened when
   * it is not today (a supplement or payment recorded later), for the late flags.
   */
  private check(
    action: ApplicationAction,
    context: TransitionContext,
    input: ActionInput = {},
    actedOn?: LocalDate,
  ): Extract<ActionCheck, { ok: true }> {
    const state = this.lifecycleState(context.today);
    const check = assertAction(state, action, input);
    if (actedOn === undefined || actedOn === context.today) return check;
    // Late flags compare the day the fact happened, not the day it is recorded.
    const then = checkAction({ ...state, today: actedOn }, action, input);
    return then.ok ? { ...check, late: then.late } : check;
  }

  /** Applies a checked action: status, late flags, conclusion, the clock; returns the event. */
  private finish(
    check: Extract<ActionCheck, { ok: true }>,
    type: ApplicationEventType,
    context: TransitionContext,
    data: Record<string, unknown>,
    concludedOn: LocalDate = context.today,
  ): ApplicationEvent {
    this.status = check.nextStatus;
    if (check.outcome !== undefined) this.outcome = check.outcome;
    const late = check.late.filter((flag) => !this.lateFlags.includes(flag));
    if (late.length > 0) this.lateFlags = [...this.lateFlags, ...late];
    this.recomputeClock(context);
    if (check.concludes) this.concludedOn = concludedOn;
    this.updatedAt = context.now;
    return this.event(type, context, {
      ...data,
      status: this.status,
      replyDueOn: this.replyDueOn,
      ...(check.late.length > 0 ? { late: check.late } : {}),
    });
  }

  receiptEvidence(): ReceiptEvidence {
    return {
      channel: this.channel,
      ...(this.letterKind ? { letterKind: this.letterKind } : {}),
      arrivedOn: this.arrivedOn,
      ...(this.signedForOn ? { signedForOn: this.signedForOn } : {}),
      ...(this.confirmedOn ? { confirmedOn: this.confirmedOn } : {}),
    };
  }

  private applyReceipt(receipt: LegalReceipt, context: TransitionContext): void {
    this.receiptArticle = receipt.article;
    this.receiptExplanation = receipt.explanation;
    this.updatedAt = context.now;
    if (receipt.status !== 'RECEIVED') return;
    this.receivedOn = receipt.legalReceiptDate;
    this.recomputeClock(context);
  }

  private event(
    type: ApplicationEventType,
    context: TransitionContext,
    data: Record<string, unknown>,
  ): ApplicationEvent {
    // Only set fields are kept: the timeline stays small and its JSON stable.
    const compact = Object.fromEntries(Object.entries(data).filter(([, v]) => v != null));
    return new ApplicationEvent({
      application: this,
      type,
      actor: context.actor,
      occurredAt: context.now,
      data: compact,
    });
  }
}

/** The user id of a staff actor; the processing actions that need one are staff-only. */
function actorUserId(actor: EventActor): string {
  if (actor.kind !== EventActorKind.USER) {
    throw new DomainError('AUTH.FORBIDDEN', '须由工作人员办理 (staff only)');
  }
  return actor.userId;
}

/** `date` within [earliest, latest]: not before what it follows, not after today. */
function dateInRange(field: string, date: LocalDate, earliest: LocalDate, latest: LocalDate): void {
  if (date < earliest || date > latest) {
    throw new DomainError(
      'APPLICATION.DATE_OUT_OF_RANGE',
      `日期不在允许的范围内 (${field} must be between ${earliest} and today)`,
      { field, earliest },
    );
  }
}

function notAfterToday(field: string, date: LocalDate | null, today: LocalDate): void {
  if (date !== null && date > today) {
    throw new DomainError(
      'APPLICATION.RECEIPT_DATE_IN_FUTURE',
      'A receipt date cannot be later than today.',
      { field },
    );
  }
}

/**
 * What the statutory clock and the lifecycle rules read of an application and its processing
 * records: an `Application` with its records loaded, or plain rows (the read paths of libs/cases,
 * which skip entity hydration).
 */
export interface ProcessingFacts {
  readonly status: ApplicationStatus;
  readonly receivedOn: LocalDate | null;
  readonly replyDueOn: LocalDate | null;
  readonly supplementNoticeDueOn: LocalDate | null;
  readonly extensionStatus: ExtensionStatus;
  readonly extensionDecidedOn: LocalDate | null;
  readonly repliedOn: LocalDate | null;
  readonly concludedOn: LocalDate | null;
  /** The supplement request, if one was made. */
  readonly supplement: Pick<SupplementRequest, 'requestedOn' | 'dueOn' | 'receivedOn'> | null;
  /** In the order they were sent. */
  readonly consultations: readonly Pick<
    Consultation,
    'id' | 'kind' | 'sentOn' | 'partyReceivedOn' | 'answer' | 'answeredOn'
  >[];
  /** The fee notice, if one was issued. */
  readonly fee: Pick<FeeNotice, 'issuedOn' | 'receivedOn' | 'paymentDueOn' | 'paidOn'> | null;
}

/** `Application.lifecycleState` of plain facts. */
export function lifecycleStateOf(facts: ProcessingFacts, today: LocalDate): LifecycleState {
  const { supplement, fee } = facts;
  return {
    status: facts.status,
    today,
    supplementRequested: supplement !== null,
    extension: facts.extensionStatus,
    openConsultations: facts.consultations.filter(consultationOpen).length,
    feeNoticeIssued: fee !== null,
    replyDueOn: facts.replyDueOn ?? undefined,
    supplementNoticeDueOn: facts.supplementNoticeDueOn ?? undefined,
    supplementDueOn: supplement?.dueOn,
    feePaymentDueOn: fee?.paymentDueOn ?? undefined,
  };
}

/** `Application.statutoryClock` of plain facts. */
export function statutoryClockOf(
  facts: ProcessingFacts,
  today: LocalDate,
  calendar: WorkingDayCalendar,
): StatutoryClock | null {
  if (facts.receivedOn === null) return null;
  const { supplement, fee } = facts;
  return computeStatutoryClock({
    calendar,
    today,
    receivedOn: facts.receivedOn,
    supplements: supplement
      ? [
          {
            requestedOn: supplement.requestedOn,
            ...(supplement.receivedOn ? { receivedOn: supplement.receivedOn } : {}),
          },
        ]
      : [],
    consultations: facts.consultations.map((c) => ({
      id: c.id,
      kind: c.kind,
      startedOn: c.sentOn,
      ...(c.partyReceivedOn ? { partyReceivedOn: c.partyReceivedOn } : {}),
      ...(c.answeredOn ? { answeredOn: c.answeredOn } : {}),
    })),
    ...(facts.extensionStatus === ExtensionStatus.APPROVED && facts.extensionDecidedOn
      ? { extensionApprovedOn: facts.extensionDecidedOn }
      : {}),
    ...(fee
      ? {
          feeNotice: {
            issuedOn: fee.issuedOn,
            ...(fee.receivedOn ? { receivedOn: fee.receivedOn } : {}),
            ...(fee.paidOn ? { paidOn: fee.paidOn } : {}),
          },
        }
      : {}),
    // After the reply the period runs until service; at the conclusion the clock stops.
    ...(facts.repliedOn ? { repliedOn: facts.repliedOn } : {}),
    ...(facts.concludedOn ? { concludedOn: facts.concludedOn } : {}),
  });
}
