import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020341_statistics_snapshots extends Migration {
  override name = 'Migration20261127020341_statistics_snapshots';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "statistics_snapshot" ("id" uuid not null, "agency_id" uuid not null, "year" smallint not null, "quarter" smallint not null, "version" smallint not null, "data" jsonb not null, "checksum" varchar(64) not null, "published_at" timestamptz not null, "published_by_id" uuid null, "reason" varchar(1000) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "statistics_snapshot" add constraint "statistics_snapshot_agency_period_version_unique" unique ("agency_id", "year", "quarter", "version");`,
    );

    this.addSql(
      `create table "annual_report" ("id" uuid not null, "agency_id" uuid not null, "year" smallint not null, "include_subtree" boolean not null, "status" text not null, "data" jsonb not null, "checksum" varchar(64) not null, "prepared_at" timestamptz not null, "finalized_at" timestamptz null, "finalized_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_agency_year_scope_unique" unique ("agency_id", "year", "include_subtree");`,
    );

    this.addSql(
      `alter table "statistics_snapshot" add constraint "statistics_snapshot_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "statistics_snapshot" add constraint "statistics_snapshot_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "annual_report" add constraint "annual_report_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_finalized_by_id_foreign" foreign key ("finalized_by_id") references "app_user" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_status_check" check ("status" in ('DRAFT', 'FINAL'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "statistics_snapshot" cascade;`);
    this.addSql(`drop table if exists "annual_report" cascade;`);
  }
}
