import { randomUUID } from 'node:crypto';
import { ref, type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Agency } from './agency.entity.js';
import { User } from './user.entity.js';

export enum AnnualReportStatus {
  /** Prepared by the January job (or on demand); recomputed until a supervisor finalises it. */
  DRAFT = 'DRAFT',
  /** Marked final by a supervisor: the numbers are frozen. */
  FINAL = 'FINAL',
}

/**
 * The annual-report tables of one agency and year (tables 三, 四 and the fees of section 六),
 * including the agency's subtree or not. A draft is rebuilt from the applications each time it
 * is prepared; once final it never changes.
 */
@Entity({ tableName: 'annual_report' })
@Unique({
  name: 'annual_report_agency_year_scope_unique',
  properties: ['agency', 'year', 'includeSubtree'],
})
export class AnnualReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'boolean' })
  includeSubtree!: boolean;

  @Enum({ items: () => AnnualReportStatus })
  status: AnnualReportStatus & Opt = AnnualReportStatus.DRAFT;

  /** The tables as built (`AnnualReportData` of libs/reporting). */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  /** SHA-256 (hex) of the canonical JSON of `data`. */
  @Property({ length: 64 })
  checksum!: string;

  @Property({ type: 'timestamptz' })
  preparedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  finalizedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  finalizedBy: Ref<User> | null = null;

  constructor(props: {
    agency: Agency;
    year: number;
    includeSubtree: boolean;
    data: Record<string, unknown>;
    checksum: string;
    preparedAt: Date;
  }) {
    this.agency = ref(props.agency);
    this.year = props.year;
    this.includeSubtree = props.includeSubtree;
    this.data = props.data;
    this.checksum = props.checksum;
    this.preparedAt = props.preparedAt;
  }

  /** A draft takes freshly built numbers; a final report keeps its own. */
  redraft(data: Record<string, unknown>, checksum: string, now: Date): boolean {
    if (this.status === AnnualReportStatus.FINAL) return false;
    this.data = data;
    this.checksum = checksum;
    this.preparedAt = now;
    return true;
  }

  finalize(by: User, now: Date): void {
    this.status = AnnualReportStatus.FINAL;
    this.finalizedAt = now;
    this.finalizedBy = ref(by);
  }
}
