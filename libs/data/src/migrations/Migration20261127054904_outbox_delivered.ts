import { Migration } from '@mikro-orm/migrations';

export class Migration20261127054904_outbox_delivered extends Migration {
  override name = 'Migration20261127054904_outbox_delivered';

  override up(): void | Promise<void> {
    this.addSql(`alter table "outbox_message" add "delivered_at" timestamptz null;`);
    // Rows relayed before this column existed were delivered (or are beyond recovery by now):
    // the relay's sweep must not hand them to the queue again.
    this.addSql(
      `update "outbox_message" set "delivered_at" = "relayed_at" where "relayed_at" is not null;`,
    );
    this.addSql(
      `create index "outbox_message_undelivered_idx" on "outbox_message" ("relayed_at", "id") where "relayed_at" is not null and "delivered_at" is null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "outbox_message_undelivered_idx";`);
    this.addSql(`alter table "outbox_message" drop column "delivered_at";`);
  }
}
