import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import type { LocalDate } from '@gongkai/rules';
import { Application } from './application.entity.js';

/**
 * One reminder decided by the daily scan: what fell due, for which application, on which due
 * date. The unique key makes the decision once, however many workers scan or however often a
 * scan is retried; a changed due date is a new key, hence a new reminder. Its e-mails derive
 * their ids from this row's id and the addressee.
 */
@Entity({ tableName: 'reminder_log' })
@Unique({
  name: 'reminder_log_application_kind_due_unique',
  properties: ['application', 'kind', 'dueOn'],
})
@Index({ properties: ['scannedOn'] })
export class ReminderLog {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  /** What fell due, e.g. `REPLY_DUE_IN_5`, `REPLY_OVERDUE` (see libs/notify reminders). */
  @Property({ length: 40 })
  kind!: string;

  @Property({ type: 'date' })
  dueOn!: LocalDate;

  /** The working day whose scan decided it (Asia/Shanghai). */
  @Property({ type: 'date' })
  scannedOn!: LocalDate;

  /** How many e-mails it produced (0: nobody to tell, e.g. no officer in the agency). */
  @Property({ type: 'integer' })
  recipients!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
