import { Migration } from '@mikro-orm/migrations';

export class Migration20261127023016_reminder_log extends Migration {
  override name = 'Migration20261127023016_reminder_log';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "reminder_log" ("id" uuid not null, "application_id" uuid not null, "kind" varchar(40) not null, "due_on" date not null, "scanned_on" date not null, "recipients" int not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "reminder_log_scanned_on_index" on "reminder_log" ("scanned_on");`);
    this.addSql(
      `alter table "reminder_log" add constraint "reminder_log_application_kind_due_unique" unique ("application_id", "kind", "due_on");`,
    );

    this.addSql(
      `alter table "reminder_log" add constraint "reminder_log_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reminder_log" cascade;`);
  }
}
