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
  ApplicantKind,
  ApplicationAction,
  ApplicationStatus,
  assertAction,
  Channel,
  computeStatutoryClock,
  determineLegalReceiptDate,
  DeemedWithdrawnReason,
  DomainError,
  ExtensionStatus,
  initialStatus,
  LateFlag,
  LetterKind,
  LifecycleErrorCode,
  Outcome,
  type LegalReceipt,
  type LifecycleState,
  type LocalDate,
  type ReceiptEvidence,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { AdministrativeReview } from './administrative-review.entity.js';
import { Agency } from './agency.entity.js';
import {
  ApplicationEvent,
  ApplicationEventType,
  type EventActor,
} from './application-event.entity.js';
import { Consultation } from './consultation.entity.js';
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
@Index({ properties: ['agency', 'concludedOn'] })
@Index({ properties: ['agency', 'receivedOn'] })
@Index({ properties: ['status', 'replyDueOn'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['idNumberHash'] })
@Index({ name: 'application_worklist_due_idx', expression: WORKLIST_DUE_INDEX })
@Index({ name: 'application_search_bigrams_idx', expression: SEARCH_BIGRAMS_INDEX })
@Index({ name: 'application_open_due_idx', expression: OPEN_DUE_INDEX })
export class Application {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  /** `<agency code>-<year>-<6 digits>`, gapless per agency and year. */
  @Property({ length: 64 })
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

  /** What the lifecycle rules look at. Supplements, consultations, fees come in later issues. */
  lifecycleState(today: LocalDate): LifecycleState {
    return {
      status: this.status,
      today,
      supplementRequested: false,
      extension: ExtensionStatus.NONE,
      openConsultations: 0,
      feeNoticeIssued: false,
      replyDueOn: this.replyDueOn ?? undefined,
      supplementNoticeDueOn: this.supplementNoticeDueOn ?? undefined,
    };
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
    const clock = computeStatutoryClock({
      calendar: context.calendar,
      today: context.today,
      receivedOn: receipt.legalReceiptDate,
    });
    this.replyDueOn = clock.replyDueOn;
    this.supplementNoticeDueOn = clock.supplementNoticeDueOn;
    this.provisional =
      clock.provisionalFields.includes('replyDueOn') ||
      clock.provisionalFields.includes('supplementNoticeDueOn');
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

function notAfterToday(field: string, date: LocalDate | null, today: LocalDate): void {
  if (date !== null && date > today) {
    throw new DomainError(
      'APPLICATION.RECEIPT_DATE_IN_FUTURE',
      'A receipt date cannot be later than today.',
      { field },
    );
  }
}
