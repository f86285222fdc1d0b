import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000_foundation extends Migration {
  override name = 'Migration20261126000000_foundation';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "agency" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(200) not null, "parent_id" uuid null, "path" varchar(1000) not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_parent_id_index" on "agency" ("parent_id");`);
    this.addSql(`create index "agency_path_prefix_idx" on "agency" ("path" text_pattern_ops);`);

    this.addSql(
      `create table "email_message" ("id" uuid not null, "recipient" varchar(254) not null, "template" varchar(64) not null, "data" jsonb not null, "status" text not null, "subject" varchar(500) null, "provider_message_id" varchar(500) null, "attempts" int not null, "last_error" varchar(500) null, "sent_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "email_message_status_created_at_index" on "email_message" ("status", "created_at");`,
    );
    this.addSql(
      `alter table "email_message" add constraint "email_message_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(100) not null, "roles" text[] not null, "agency_id" uuid null, "password_hash" text not null, "disabled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_agency_id_index" on "app_user" ("agency_id");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_roles_check" check ("roles" <@ array['APPLICANT'::text, 'OFFICER'::text, 'SUPERVISOR'::text, 'ADMIN'::text]);`,
    );

    this.addSql(
      `alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`,
    );
  }
}
