import { Migration } from '@mikro-orm/migrations';

export class Migration20261127023000_supplement_response extends Migration {
  override name = 'Migration20261127023000_supplement_response';

  override up(): void | Promise<void> {
    this.addSql(`alter table "supplement_request" add "response" varchar(4000) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supplement_request" drop column "response";`);
  }
}
