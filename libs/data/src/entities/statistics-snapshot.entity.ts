import { randomUUID } from 'node:crypto';
import { ref, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Agency } from './agency.entity.js';
import { User } from './user.entity.js';

/**
 * One published quarter of an agency's statistics (DESIGN.md §6, §7): the full numbers as JSON
 * with their SHA-256, never changed after insert. A correction is a new row with the next
 * `version` and a reason; earlier versions stay readable. The unique key makes a doubled
 * publication (two workers, a retried job, a double click) one row.
 */
@Entity({ tableName: 'statistics_snapshot' })
@Unique({
  name: 'statistics_snapshot_agency_period_version_unique',
  properties: ['agency', 'year', 'quarter', 'version'],
})
export class StatisticsSnapshot {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Property({ type: 'smallint' })
  year!: number;

  /** 1–4. */
  @Property({ type: 'smallint' })
  quarter!: number;

  /** 1 for the scheduled or first publication, then 2, 3… for corrections. */
  @Property({ type: 'smallint' })
  version!: number;

  /** The published numbers (`QuarterlyStatistics` of libs/reporting), as built. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  /** SHA-256 (hex) of the canonical JSON of `data`. */
  @Property({ length: 64 })
  checksum!: string;

  @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  /** Null for the scheduled job. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  publishedBy: Ref<User> | null = null;

  /** Why a correction was published; null for version 1. */
  @Property({ length: 1000, nullable: true })
  reason: string | null = null;

  constructor(props: {
    agency: Agency;
    year: number;
    quarter: number;
    version: number;
    data: Record<string, unknown>;
    checksum: string;
    publishedAt: Date;
    publishedBy?: User | null;
    reason?: string | null;
  }) {
    this.agency = ref(props.agency);
    this.year = props.year;
    this.quarter = props.quarter;
    this.version = props.version;
    this.data = props.data;
    this.checksum = props.checksum;
    this.publishedAt = props.publishedAt;
    this.publishedBy = props.publishedBy ? ref(props.publishedBy) : null;
    this.reason = props.reason ?? null;
  }
}
