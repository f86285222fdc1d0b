import { Migration } from '@mikro-orm/migrations';

/** The processing records, each with its `(agency_id, date)` index for the statistics. */
const RECORDS = [
  { table: 'supplement_request', dates: ['requested_on'] },
  { table: 'consultation', dates: ['sent_on'] },
  { table: 'fee_notice', dates: ['issued_on', 'paid_on'] },
  { table: 'administrative_review', dates: ['filed_on'] },
] as const;

/**
 * The processing records carry their application's `agency_id` (libs/data
 * record-agency.trigger.ts), backfilled here, so the statistics count them by agency and date
 * from one index instead of joining the agency's applications (prisma-free-docs/performance.md
 * §4). The `(agency_id, date)` indexes replace the date-only ones. The applications' `(agency_id,
 * received_on)` index includes the channel.
 */
export class Migration20261127084403_record_agency extends Migration {
  override name = 'Migration20261127084403_record_agency';

  override up(): void | Promise<void> {
    // The channel counts of the statistics read this index alone.
    this.addSql(`drop index "application_agency_id_received_on_index";`);
    this.addSql(
      `create index "application_agency_id_received_on_index" on "application" ("agency_id", "received_on") include ("channel");`,
    );
    for (const { table, dates } of RECORDS) {
      for (const date of dates) this.addSql(`drop index "${table}_${date}_index";`);
      this.addSql(`alter table "${table}" add "agency_id" uuid null;`);
      this.addSql(
        `update "${table}" x set "agency_id" = a."agency_id" from "application" a where a."id" = x."application_id";`,
      );
      this.addSql(`alter table "${table}" alter column "agency_id" set not null;`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
      );
      this.addSql(
        `create or replace function "${table}_agency_from_application_fn"() returns trigger as \$\$ begin new.agency_id := (select a.agency_id from application a where a.id = new.application_id); return new; end; \$\$ language plpgsql;`,
      );
      this.addSql(
        `create trigger "agency_from_application" BEFORE INSERT on "${table}" for each ROW execute function "${table}_agency_from_application_fn"();`,
      );
    }
    this.addSql(
      `create index "supplement_request_agency_id_requested_on_index" on "supplement_request" ("agency_id", "requested_on");`,
    );
    this.addSql(
      `create index "consultation_agency_id_sent_on_index" on "consultation" ("agency_id", "sent_on");`,
    );
    this.addSql(
      `create index "fee_notice_agency_id_issued_on_index" on "fee_notice" ("agency_id", "issued_on");`,
    );
    this.addSql(
      `create index "fee_notice_agency_id_paid_on_index" on "fee_notice" ("agency_id", "paid_on") include ("amount_fen") where "paid_on" is not null;`,
    );
    this.addSql(
      `create index "administrative_review_agency_id_filed_on_index" on "administrative_review" ("agency_id", "filed_on") include ("kind", "result", "result_on");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "application_agency_id_received_on_index";`);
    this.addSql(
      `create index "application_agency_id_received_on_index" on "application" ("agency_id", "received_on");`,
    );
    for (const { table, dates } of RECORDS) {
      this.addSql(`drop trigger if exists "agency_from_application" on "${table}";`);
      this.addSql(`drop function if exists "${table}_agency_from_application_fn"();`);
      // Dropping the column drops its foreign key and the indexes that use it.
      this.addSql(`alter table "${table}" drop column "agency_id";`);
      for (const date of dates) {
        this.addSql(`create index "${table}_${date}_index" on "${table}" ("${date}");`);
      }
    }
  }
}
