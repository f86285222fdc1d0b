import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics read indexes only (prisma-free-docs/performance.md §4): table 三's flow index
 * (covering, replacing `(agency_id, concluded_on)`), replies served, extensions approved, and the
 * processing records by their dates.
 */
export class Migration20261127051509_statistics_indexes extends Migration {
  override name = 'Migration20261127051509_statistics_indexes';

  override up(): void | Promise<void> {
    this.addSql(`drop index "application_agency_id_concluded_on_index";`);
    this.addSql(
      `create index "application_statistics_extension_idx" on "application" ("agency_id", "extension_decided_on") where "extension_status" = 'APPROVED';`,
    );
    this.addSql(
      `create index "application_statistics_served_idx" on "application" ("agency_id", "served_on") include ("received_on", "reply_due_on") where "served_on" is not null;`,
    );
    this.addSql(
      `create index "application_statistics_flow_idx" on "application" ("agency_id", coalesce("concluded_on", 'infinity'::date), "received_on") include ("applicant_kind", "outcome", "concluded_on");`,
    );

    this.addSql(
      `create index "supplement_request_requested_on_index" on "supplement_request" ("requested_on");`,
    );

    this.addSql(`create index "fee_notice_paid_on_index" on "fee_notice" ("paid_on");`);
    this.addSql(`create index "fee_notice_issued_on_index" on "fee_notice" ("issued_on");`);

    this.addSql(`create index "consultation_sent_on_index" on "consultation" ("sent_on");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "application_statistics_extension_idx";`);
    this.addSql(`drop index "application_statistics_served_idx";`);
    this.addSql(`drop index "application_statistics_flow_idx";`);
    this.addSql(
      `create index "application_agency_id_concluded_on_index" on "application" ("agency_id", "concluded_on");`,
    );

    this.addSql(`drop index "consultation_sent_on_index";`);

    this.addSql(`drop index "fee_notice_paid_on_index";`);
    this.addSql(`drop index "fee_notice_issued_on_index";`);

    this.addSql(`drop index "supplement_request_requested_on_index";`);
  }
}
