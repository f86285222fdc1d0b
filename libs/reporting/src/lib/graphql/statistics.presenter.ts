import { Injectable } from '@nestjs/common';
import {
  type Agency,
  type AnnualReport,
  AnnualReportStatus,
  type StatisticsSnapshot,
} from '@gongkai/data';
import type { AnnualReportData } from '../annual-report/annual-report-data.js';
import { TABLE_FOUR_LAYOUT, type TableFour, type TableThree } from '@gongkai/rules';
import type { AnnualReportResult } from '../use-cases/annual-report.query.js';
import type { StatisticsRollUp } from '../use-cases/statistics-roll-up.query.js';
import { printTableThree } from '../exports/table-three-rows.js';
import type { QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { annualReportPath, snapshotPath } from '../http/download-paths.js';
import { AnnualReportState } from './enums.js';
import type {
  AnnualReportView,
  QuarterlyStatisticsView,
  StatisticsAgencyView,
  StatisticsRollUpView,
  StatisticsSnapshotView,
  TableFourView,
  TableThreeView,
} from './statistics.types.js';

/** Maps the reporting data (plain JSON and entities) to GraphQL views. No entity leaves. */
@Injectable()
export class StatisticsPresenter {
  agency(agency: Pick<Agency, 'id' | 'code' | 'name'>): StatisticsAgencyView {
    return { id: agency.id, code: agency.code, name: agency.name };
  }

  tableThree(table: TableThree): TableThreeView {
    const { layout, rows } = printTableThree(table);
    return {
      template: table.template,
      heading: layout.heading,
      noteCell: layout.noteCell,
      columns: layout.columns.map((c) => c.label),
      rows: rows.map((r) => ({
        key: r.layout.key,
        label: r.label,
        groupLabel: r.group,
        values: [...r.values],
      })),
    };
  }

  tableFour(table: TableFour): TableFourView {
    return {
      heading: TABLE_FOUR_LAYOUT.heading,
      columns: TABLE_FOUR_LAYOUT.columns.map((c) => c.label),
      groups: TABLE_FOUR_LAYOUT.groups.map((g) => ({
        kind: g.key,
        label: g.label,
        values: TABLE_FOUR_LAYOUT.columns.map((c) => table.groups[g.key][c.key]),
      })),
    };
  }

  quarterly(s: QuarterlyStatistics): QuarterlyStatisticsView {
    return {
      agency: this.agency(s.agency),
      year: s.year,
      quarter: s.quarter,
      includeSubtree: s.includeSubtree,
      period: { ...s.period },
      yearToDatePeriod: { ...s.yearToDatePeriod },
      current: this.tableThree(s.current),
      yearToDate: this.tableThree(s.yearToDate),
      channels: s.channels.map((c) => ({ ...c })),
      replies: { ...s.replies },
      extensions: s.extensions,
      supplementRequests: s.supplementRequests,
      consultations: s.consultations,
      feeNotices: s.feeNotices,
      feesCollectedFen: s.feesCollectedFen,
      pendingAtEnd: s.pendingAtEnd,
    };
  }

  snapshot(snapshot: StatisticsSnapshot): StatisticsSnapshotView {
    const agency = snapshot.agency.getEntity();
    const path = (format: 'xlsx' | 'csv') =>
      snapshotPath(agency.code, snapshot.year, snapshot.quarter, format, snapshot.version);
    return {
      id: snapshot.id,
      agency: this.agency(agency),
      year: snapshot.year,
      quarter: snapshot.quarter,
      version: snapshot.version,
      checksum: snapshot.checksum,
      publishedAt: snapshot.publishedAt,
      reason: snapshot.reason,
      xlsxUrl: path('xlsx'),
      csvUrl: path('csv'),
      statistics: this.quarterly(snapshot.data as unknown as QuarterlyStatistics),
    };
  }

  annualReport(result: AnnualReportResult): AnnualReportView {
    const { data, report } = result;
    const final = result.status === AnnualReportStatus.FINAL;
    const path = (format: 'xlsx' | 'csv') =>
      final ? annualReportPath(data.agency.code, data.year, format, data.includeSubtree) : null;
    return {
      agency: this.agency(data.agency),
      year: data.year,
      includeSubtree: data.includeSubtree,
      state: result.status as AnnualReportState,
      preparedAt: report?.preparedAt ?? null,
      finalizedAt: report?.finalizedAt ?? null,
      checksum: report?.checksum ?? null,
      tableThree: this.tableThree(data.tableThree),
      tableFour: this.tableFour(data.tableFour),
      feesCollectedFen: data.feesCollectedFen,
      xlsxUrl: path('xlsx'),
      csvUrl: path('csv'),
    };
  }

  storedAnnualReport(report: AnnualReport): AnnualReportView {
    const data = report.data as unknown as AnnualReportData;
    return this.annualReport({ data, status: report.status, report });
  }

  rollUp(r: StatisticsRollUp): StatisticsRollUpView {
    const entry = (e: StatisticsRollUp['own']) => ({
      agency: this.agency(e.agency),
      table: this.tableThree(e.table),
    });
    return {
      period: { ...r.period },
      own: entry(r.own),
      children: r.children.map(entry),
      subtree: entry(r.subtree),
    };
  }
}
