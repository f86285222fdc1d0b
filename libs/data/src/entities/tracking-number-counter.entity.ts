import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Agency } from './agency.entity.js';

/**
 * The last tracking number issued by an agency in a year. A number is taken with one
 * `insert … on conflict do update … returning` inside the transaction that inserts the
 * application: the row stays locked until that transaction ends, and a rollback returns the
 * number, so the numbers of a year have no gaps (see libs/cases `allocateTrackingNumber`).
 */
@Entity({ tableName: 'tracking_number_counter' })
export class TrackingNumberCounter {
  [PrimaryKeyProp]?: ['agency', 'year'];

  @ManyToOne(() => Agency, { primary: true, ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastValue!: number;
}
