import { Migration } from '@mikro-orm/migrations';

/**
 * Possible repeats and the monthly volume match the applicant per agency: a person by the ID
 * number's keyed hash, an organisation by its credit code.
 */
export class Migration20261127025804_applicant_key_index extends Migration {
  override name = 'Migration20261127025804_applicant_key_index';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "application_applicant_key_idx" on "application" ("agency_id", coalesce("id_number_hash", "credit_code"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "application_applicant_key_idx";`);
  }
}
