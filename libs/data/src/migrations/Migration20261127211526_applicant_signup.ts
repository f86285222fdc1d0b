import { Migration } from '@mikro-orm/migrations';

/** Applicant sign-ups waiting for their e-mailed link: the account exists only once it is used. */
export class Migration20261127211526_applicant_signup extends Migration {
  override name = 'Migration20261127211526_applicant_signup';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "applicant_signup" ("id" uuid not null, "email" text not null, "display_name" text not null, "password_hash" text not null, "requested_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "applicant_signup_email_index" on "applicant_signup" ("email");`);
    this.addSql(
      `create index "applicant_signup_expires_at_index" on "applicant_signup" ("expires_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "applicant_signup" cascade;`);
  }
}
