import { Migration } from '@mikro-orm/migrations';

/** The audit trail of changes to agencies, accounts and the working calendar (append-only). */
export class Migration20261127120942_audit_trail extends Migration {
  override name = 'Migration20261127120942_audit_trail';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_id" uuid not null, "action" text not null, "target_user_id" uuid null, "agency_id" uuid null, "changes" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "audit_entry_agency_id_occurred_at_index" on "audit_entry" ("agency_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_entry_actor_id_occurred_at_index" on "audit_entry" ("actor_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_entry_target_user_id_occurred_at_index" on "audit_entry" ("target_user_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_entry_occurred_at_id_index" on "audit_entry" ("occurred_at", "id");`,
    );

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('AGENCY_CREATED', 'USER_CREATED', 'USER_ROLES_CHANGED', 'USER_DISABLED', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'WORKING_CALENDAR_LOADED'));`,
    );
    this.addSql(
      `create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'restrict_violation'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }
}
