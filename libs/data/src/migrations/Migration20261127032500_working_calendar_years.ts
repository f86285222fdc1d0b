import { Migration } from '@mikro-orm/migrations';

export class Migration20261127032500_working_calendar_years extends Migration {
  override name = 'Migration20261127032500_working_calendar_years';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "calendar_year" ("year" int not null, "notices" jsonb not null, "loaded_at" timestamptz not null, "loaded_by_id" uuid null, primary key ("year"));`,
    );

    this.addSql(
      `create table "calendar_day" ("year" int not null, "date" date not null, "is_off_day" boolean not null, "name" varchar(100) not null, "source_url" varchar(500) not null, "allow_weekday" boolean not null, primary key ("year", "date"));`,
    );

    this.addSql(
      `alter table "calendar_year" add constraint "calendar_year_loaded_by_id_foreign" foreign key ("loaded_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "calendar_day" add constraint "calendar_day_year_foreign" foreign key ("year") references "calendar_year" ("year") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "calendar_day" drop constraint "calendar_day_year_foreign";`);

    this.addSql(`drop table if exists "calendar_year" cascade;`);
    this.addSql(`drop table if exists "calendar_day" cascade;`);
  }
}
