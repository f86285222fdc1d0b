import { Migration } from '@mikro-orm/migrations';

export class Migration20261127050819_outbox_notify extends Migration {
  override name = 'Migration20261127050819_outbox_notify';

  override up(): void | Promise<void> {
    this.addSql(
      `create or replace function "outbox_message_outbox_message_notify_fn"() returns trigger as \$\$ begin perform pg_notify('outbox_message', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_message_notify" AFTER INSERT on "outbox_message" for each STATEMENT execute function "outbox_message_outbox_message_notify_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "outbox_message_notify" on "outbox_message";`);
    this.addSql(`drop function if exists "outbox_message_outbox_message_notify_fn"();`);
  }
}
