import { Migration } from '@mikro-orm/migrations';

/** The keyset order of open applications (the default worklist) and the workload counts. */
export class Migration20261127024731_open_applications_index extends Migration {
  override name = 'Migration20261127024731_open_applications_index';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "application_open_due_idx" on "application" ("agency_id", coalesce("reply_due_on", 'infinity'::date), "id") where "status" not in ('CLOSED', 'WITHDRAWN');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "application_open_due_idx";`);
  }
}
