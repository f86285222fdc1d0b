import { Migration } from '@mikro-orm/migrations';

/**
 * "Forgot my password" requests, and the account's credentials version that access tokens carry
 * (a password change refuses the tokens issued before it).
 */
export class Migration20261127114428_password_reset extends Migration {
  override name = 'Migration20261127114428_password_reset';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "requested_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "app_user" add "credentials_version" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`alter table "app_user" drop column "credentials_version";`);
  }
}
