import { Migration } from '@mikro-orm/migrations';

/** The worklist newest first (`RECEIVED_ON_DESC`) as a keyset read: all applications, and the open ones. */
export class Migration20261127064500_worklist_received_index extends Migration {
  override name = 'Migration20261127064500_worklist_received_index';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "application_worklist_received_idx" on "application" ("agency_id", coalesce("received_on", '-infinity'::date), "id");`,
    );
    this.addSql(
      `create index "application_open_received_idx" on "application" ("agency_id", coalesce("received_on", '-infinity'::date), "id") where "status" not in ('CLOSED', 'WITHDRAWN');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "application_open_received_idx";`);
    this.addSql(`drop index if exists "application_worklist_received_idx";`);
  }
}
