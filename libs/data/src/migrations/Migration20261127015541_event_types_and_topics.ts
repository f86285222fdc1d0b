import { Migration } from '@mikro-orm/migrations';

export class Migration20261127015541_event_types_and_topics extends Migration {
  override name = 'Migration20261127015541_event_types_and_topics';

  override up(): void | Promise<void> {
    this.addSql(`alter table "application_event" drop constraint "application_event_type_check";`);
    this.addSql(
      `alter table "application_event" add constraint "application_event_type_check" check ("type" in ('SUBMITTED', 'REGISTERED', 'RECEIPT_CONFIRMED', 'ASSIGNED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECORDED', 'CONSULTATION_STARTED', 'CONSULTATION_REPLY_RECORDED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'FEE_NOTICE_ISSUED', 'FEE_PAYMENT_RECORDED', 'REPLY_ISSUED', 'SERVICE_RECORDED', 'WITHDRAWN', 'DEEMED_WITHDRAWN', 'REVIEW_RECORDED', 'NOTICE_NOT_SENT_NO_EMAIL', 'DUE_DATES_RECOMPUTED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "application_event" drop constraint "application_event_type_check";`);
    this.addSql(
      `alter table "application_event" add constraint "application_event_type_check" check ("type" in ('SUBMITTED', 'REGISTERED', 'RECEIPT_CONFIRMED'));`,
    );
  }
}
