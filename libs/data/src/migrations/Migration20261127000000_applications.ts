import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000000_applications extends Migration {
  override name = 'Migration20261127000000_applications';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null, "relayed_at" timestamptz null, "attempts" int not null default 0, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_message_unrelayed_idx" on "outbox_message" ("created_at") where "relayed_at" is null;`,
    );

    this.addSql(
      `create table "tracking_number_counter" ("agency_id" uuid not null, "year" int not null, "last_value" int not null, primary key ("agency_id", "year"));`,
    );

    this.addSql(
      `create table "application" ("id" uuid not null, "agency_id" uuid not null, "tracking_number" varchar(64) not null, "channel" text not null, "letter_kind" text null, "arrived_on" date not null, "signed_for_on" date null, "confirmed_on" date null, "received_on" date null, "receipt_article" varchar(8) not null, "receipt_explanation" varchar(500) not null, "applicant_kind" text not null, "applicant_name" varchar(100) null, "id_type" text null, "id_number_ciphertext" text null, "id_number_hash" varchar(64) null, "organisation_name" varchar(200) null, "credit_code" varchar(18) null, "legal_representative" varchar(100) null, "contact_person" varchar(100) null, "phone" varchar(40) null, "email" varchar(254) null, "postal_address" varchar(500) null, "description" varchar(4000) not null, "document_numbers" varchar(500) null, "issuing_body" varchar(200) null, "requested_form" text not null, "obtaining_method" text not null, "status" text not null, "assignee_id" uuid null, "reply_due_on" date null, "supplement_notice_due_on" date null, "provisional" boolean not null, "query_code_hash" varchar(64) not null, "idempotency_key" varchar(100) null, "request_fingerprint" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "application_assignee_id_index" on "application" ("assignee_id");`);
    this.addSql(
      `create index "application_id_number_hash_index" on "application" ("id_number_hash");`,
    );
    this.addSql(
      `create index "application_agency_id_status_index" on "application" ("agency_id", "status");`,
    );
    this.addSql(
      `alter table "application" add constraint "application_idempotency_key_unique" unique ("agency_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "application" add constraint "application_tracking_number_unique" unique ("tracking_number", "agency_id");`,
    );

    this.addSql(
      `create table "application_event" ("id" bigserial primary key, "application_id" uuid not null, "type" text not null, "actor_kind" text not null, "actor_user_id" uuid null, "occurred_at" timestamptz not null, "data" jsonb not null);`,
    );
    this.addSql(
      `create index "application_event_application_id_id_index" on "application_event" ("application_id", "id");`,
    );

    this.addSql(
      `alter table "tracking_number_counter" add constraint "tracking_number_counter_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "application" add constraint "application_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_channel_check" check ("channel" in ('IN_PERSON', 'LETTER', 'ONLINE', 'FAX'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_letter_kind_check" check ("letter_kind" in ('REGISTERED', 'ORDINARY'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_applicant_kind_check" check ("applicant_kind" in ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION', 'SOCIAL_WELFARE_ORGANIZATION', 'LEGAL_SERVICE_ORGANIZATION', 'OTHER_ORGANIZATION'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_id_type_check" check ("id_type" in ('RESIDENT_ID', 'PASSPORT', 'MAINLAND_TRAVEL_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID', 'OTHER'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_requested_form_check" check ("requested_form" in ('PAPER', 'EMAIL', 'DISC', 'OTHER'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_obtaining_method_check" check ("obtaining_method" in ('POST', 'EMAIL', 'COLLECT_IN_PERSON', 'ONLINE', 'INSPECT_ON_SITE'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_status_check" check ("status" in ('PENDING_CONFIRMATION', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'AWAITING_CONSULTATION', 'AWAITING_FEE', 'REPLIED', 'CLOSED', 'WITHDRAWN'));`,
    );

    this.addSql(
      `alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application_event" add constraint "application_event_actor_user_id_foreign" foreign key ("actor_user_id") references "app_user" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application_event" add constraint "application_event_type_check" check ("type" in ('SUBMITTED', 'REGISTERED', 'RECEIPT_CONFIRMED'));`,
    );
    this.addSql(
      `alter table "application_event" add constraint "application_event_actor_kind_check" check ("actor_kind" in ('USER', 'APPLICANT', 'SYSTEM'));`,
    );
    // The timeline is an audit trail. The row trigger is declared with @Trigger on ApplicationEvent;
    // the TRUNCATE one is written by hand because MikroORM cannot introspect TRUNCATE triggers
    // (information_schema.triggers leaves them out), so declaring it would never diff clean.
    this.addSql(
      `create or replace function "application_event_no_update_or_delete_fn"() returns trigger as \$\$ begin raise exception 'application_event is append-only: % is not allowed', tg_op using errcode = 'restrict_violation', hint = 'Append a new event instead.'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "no_update_or_delete" BEFORE UPDATE OR DELETE on "application_event" for each ROW execute function "application_event_no_update_or_delete_fn"();`,
    );
    this.addSql(
      `create or replace function "application_event_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'application_event is append-only: % is not allowed', tg_op using errcode = 'restrict_violation', hint = 'Append a new event instead.'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "no_truncate" BEFORE TRUNCATE on "application_event" for each STATEMENT execute function "application_event_no_truncate_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "application_event" drop constraint "application_event_application_id_foreign";`,
    );

    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop table if exists "tracking_number_counter" cascade;`);
    this.addSql(`drop table if exists "application" cascade;`);
    this.addSql(`drop trigger if exists "no_truncate" on "application_event";`);
    this.addSql(`drop function if exists "application_event_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "no_update_or_delete" on "application_event";`);
    this.addSql(`drop function if exists "application_event_no_update_or_delete_fn"();`);
    this.addSql(`drop table if exists "application_event" cascade;`);
  }
}
