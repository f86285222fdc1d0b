import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020530_processing extends Migration {
  override name = 'Migration20261127020530_processing';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "supplement_request" ("id" uuid not null, "application_id" uuid not null, "items" jsonb not null, "requested_on" date not null, "due_on" date not null, "received_on" date null, "late" boolean not null, "received_late" boolean not null, "requested_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "supplement_request" add constraint "supplement_request_application_unique" unique ("application_id");`,
    );

    this.addSql(
      `create table "fee_notice" ("id" uuid not null, "application_id" uuid not null, "method" text not null, "assessed_fen" int not null, "amount_fen" int not null, "breakdown" jsonb not null, "waiver_reason" varchar(500) null, "issued_on" date not null, "received_on" date null, "payment_due_on" date null, "paid_on" date null, "late" boolean not null, "paid_late" boolean not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "fee_notice" add constraint "fee_notice_application_unique" unique ("application_id");`,
    );

    this.addSql(
      `create table "consultation" ("id" uuid not null, "application_id" uuid not null, "kind" text not null, "party_name" varchar(200) not null, "contact" varchar(200) null, "email" varchar(254) null, "sent_on" date not null, "party_received_on" date null, "answer_due_on" date null, "answer" text null, "objection_reasons" varchar(2000) null, "answered_on" date null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "consultation_application_id_sent_on_index" on "consultation" ("application_id", "sent_on");`,
    );

    this.addSql(
      `create table "administrative_review" ("id" uuid not null, "application_id" uuid not null, "kind" text not null, "filed_on" date not null, "result" text not null, "result_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "administrative_review_filed_on_index" on "administrative_review" ("filed_on");`,
    );
    this.addSql(
      `create index "administrative_review_application_id_index" on "administrative_review" ("application_id");`,
    );

    this.addSql(`drop index "application_assignee_id_index";`);
    this.addSql(
      `alter table "application" add "late_flags" text[] not null default '{}', add "extension_status" text not null default 'NONE', add "extension_reason" varchar(1000) null, add "extension_requested_on" date null, add "extension_requested_by_id" uuid null, add "extension_decided_on" date null, add "extension_decided_by_id" uuid null, add "extension_decision_note" varchar(1000) null, add "outcome" text null, add "replied_on" date null, add "legal_basis" varchar(1000) null, add "reply_text" varchar(20000) null, add "reply_reasons" varchar(4000) null, add "access_instructions" varchar(2000) null, add "responsible_agency_name" varchar(200) null, add "responsible_agency_contact" varchar(200) null, add "referral" varchar(1000) null, add "service_method" text null, add "served_on" date null, add "postal_tracking_number" varchar(64) null, add "concluded_on" date null, add "withdrawn_on" date null, add "withdrawal_note" varchar(1000) null, add "deemed_withdrawn_reason" text null, add "closing_note" varchar(1000) null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_extension_requested_by_id_foreign" foreign key ("extension_requested_by_id") references "app_user" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_extension_decided_by_id_foreign" foreign key ("extension_decided_by_id") references "app_user" ("id") on delete restrict;`,
    );
    this.addSql(
      `create index "application_assignee_id_status_index" on "application" ("assignee_id", "status");`,
    );
    this.addSql(
      `create index "application_status_reply_due_on_index" on "application" ("status", "reply_due_on");`,
    );
    this.addSql(
      `create index "application_agency_id_received_on_index" on "application" ("agency_id", "received_on");`,
    );
    this.addSql(
      `create index "application_agency_id_concluded_on_index" on "application" ("agency_id", "concluded_on");`,
    );
    this.addSql(
      `alter table "application" add constraint "application_late_flags_check" check ("late_flags" <@ array['SUPPLEMENT_NOTICE_LATE'::text, 'SUPPLEMENT_RECEIVED_LATE'::text, 'FEE_NOTICE_LATE'::text, 'FEE_PAID_LATE'::text, 'REPLY_ISSUED_LATE'::text, 'REPLY_SERVED_LATE'::text]);`,
    );
    this.addSql(
      `alter table "application" add constraint "application_extension_status_check" check ("extension_status" in ('NONE', 'REQUESTED', 'APPROVED', 'REJECTED'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_outcome_check" check ("outcome" in ('GRANTED', 'PARTIALLY_GRANTED', 'WITHHELD_STATE_SECRET', 'WITHHELD_PROHIBITED_BY_LAW', 'WITHHELD_SECURITY_STABILITY', 'WITHHELD_THIRD_PARTY_RIGHTS', 'WITHHELD_INTERNAL_AFFAIRS', 'WITHHELD_PROCESS_INFORMATION', 'WITHHELD_ENFORCEMENT_FILE', 'WITHHELD_ADMINISTRATIVE_QUERY', 'UNAVAILABLE_NOT_HELD', 'UNAVAILABLE_NEEDS_CREATION', 'UNAVAILABLE_STILL_UNCLEAR', 'NOT_PROCESSED_PETITION', 'NOT_PROCESSED_REPEATED', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRMATION', 'OTHER_NO_SUPPLEMENT', 'OTHER_FEE_UNPAID', 'OTHER'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_service_method_check" check ("service_method" in ('IN_PERSON', 'POST', 'EMAIL', 'ONLINE'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_deemed_withdrawn_reason_check" check ("deemed_withdrawn_reason" in ('NO_SUPPLEMENT', 'FEE_UNPAID'));`,
    );

    this.addSql(
      `alter table "supplement_request" add constraint "supplement_request_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "supplement_request" add constraint "supplement_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "fee_notice" add constraint "fee_notice_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "fee_notice" add constraint "fee_notice_method_check" check ("method" in ('PER_APPLICATION', 'BY_VOLUME'));`,
    );

    this.addSql(
      `alter table "consultation" add constraint "consultation_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "consultation" add constraint "consultation_kind_check" check ("kind" in ('THIRD_PARTY', 'OTHER_AGENCY'));`,
    );
    this.addSql(
      `alter table "consultation" add constraint "consultation_answer_check" check ("answer" in ('AGREE', 'OBJECT', 'NO_ANSWER'));`,
    );

    this.addSql(
      `alter table "administrative_review" add constraint "administrative_review_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "administrative_review" add constraint "administrative_review_kind_check" check ("kind" in ('RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION'));`,
    );
    this.addSql(
      `alter table "administrative_review" add constraint "administrative_review_result_check" check ("result" in ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supplement_request" cascade;`);
    this.addSql(`drop table if exists "fee_notice" cascade;`);
    this.addSql(`drop table if exists "consultation" cascade;`);
    this.addSql(`drop table if exists "administrative_review" cascade;`);

    this.addSql(
      `alter table "application" drop constraint "application_extension_requested_by_id_foreign";`,
    );
    this.addSql(
      `alter table "application" drop constraint "application_extension_decided_by_id_foreign";`,
    );

    this.addSql(`drop index "application_assignee_id_status_index";`);
    this.addSql(`drop index "application_status_reply_due_on_index";`);
    this.addSql(`drop index "application_agency_id_received_on_index";`);
    this.addSql(`drop index "application_agency_id_concluded_on_index";`);
    this.addSql(`alter table "application" drop constraint "application_late_flags_check";`);
    this.addSql(`alter table "application" drop constraint "application_extension_status_check";`);
    this.addSql(`alter table "application" drop constraint "application_outcome_check";`);
    this.addSql(`alter table "application" drop constraint "application_service_method_check";`);
    this.addSql(
      `alter table "application" drop constraint "application_deemed_withdrawn_reason_check";`,
    );
    this.addSql(
      `alter table "application" drop column "late_flags", drop column "extension_status", drop column "extension_reason", drop column "extension_requested_on", drop column "extension_requested_by_id", drop column "extension_decided_on", drop column "extension_decided_by_id", drop column "extension_decision_note", drop column "outcome", drop column "replied_on", drop column "legal_basis", drop column "reply_text", drop column "reply_reasons", drop column "access_instructions", drop column "responsible_agency_name", drop column "responsible_agency_contact", drop column "referral", drop column "service_method", drop column "served_on", drop column "postal_tracking_number", drop column "concluded_on", drop column "withdrawn_on", drop column "withdrawal_note", drop column "deemed_withdrawn_reason", drop column "closing_note";`,
    );
    this.addSql(`create index "application_assignee_id_index" on "application" ("assignee_id");`);
  }
}
