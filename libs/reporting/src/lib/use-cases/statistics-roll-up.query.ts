import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Agency } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';
import {
  quarterPeriod,
  templateForReportYear,
  yearPeriod,
  type StatisticsPeriod,
  type TableThree,
} from '@gongkai/rules';
import { queryTableThree } from '../statistics/query-table-three.js';
import { asQuarter, assertYear } from '../statistics/reporting-period.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';

export interface RollUpEntry {
  readonly agency: Agency;
  readonly table: TableThree;
}

/** Table 三 of an agency: its own numbers, each direct child's (with its subtree), and the whole tree. */
export interface StatisticsRollUp {
  readonly period: StatisticsPeriod;
  readonly own: RollUpEntry;
  readonly children: readonly RollUpEntry[];
  readonly subtree: RollUpEntry;
}

/**
 * Roll-up for a government and its departments and townships (issue 6, item 6). Every table is
 * the same SQL aggregation over another scope, and each application belongs to one agency, so the
 * agency's own table plus its children's add up to the subtree's, cell by cell.
 */
@Injectable()
export class StatisticsRollUpQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: {
    principal: Principal;
    agencyId: string;
    year: number;
    quarter?: number | null;
  }): Promise<StatisticsRollUp> {
    assertYear(command.year);
    const period =
      command.quarter === undefined || command.quarter === null
        ? yearPeriod(command.year)
        : quarterPeriod(command.year, asQuarter(command.quarter));
    const template = templateForReportYear(command.year);
    const em = this.em.fork();
    const agency = await findAgency(em, command.agencyId);
    await assertStatisticsAccess(em, command.principal, agency, 'read');
    const children = await em.find(Agency, { parent: agency.id }, { orderBy: { code: 'asc' } });
    const table = (a: Agency, includeSubtree: boolean) =>
      queryTableThree(em, { agency: a, includeSubtree }, period, template);
    const childEntries: RollUpEntry[] = [];
    for (const child of children)
      childEntries.push({ agency: child, table: await table(child, true) });
    return {
      period,
      own: { agency, table: await table(agency, false) },
      children: childEntries,
      subtree: { agency, table: await table(agency, true) },
    };
  }
}
