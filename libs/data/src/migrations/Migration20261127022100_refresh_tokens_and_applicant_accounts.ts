import { Migration } from '@mikro-orm/migrations';

export class Migration20261127022100_refresh_tokens_and_applicant_accounts extends Migration {
  override name = 'Migration20261127022100_refresh_tokens_and_applicant_accounts';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "user_id" uuid not null, "family" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "rotated_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "refresh_token_family_index" on "refresh_token" ("family");`);

    this.addSql(`alter table "application" add "applicant_user_id" uuid null;`);
    this.addSql(
      `alter table "application" add constraint "application_applicant_user_id_foreign" foreign key ("applicant_user_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `create index "application_applicant_user_id_index" on "application" ("applicant_user_id");`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(
      `alter table "application" drop constraint "application_applicant_user_id_foreign";`,
    );

    this.addSql(`drop index "application_applicant_user_id_index";`);
    this.addSql(`alter table "application" drop column "applicant_user_id";`);
  }
}
