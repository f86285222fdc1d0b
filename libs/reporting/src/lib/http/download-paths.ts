/** Stable public download paths (served by `StatisticsDownloadController`). */
export function snapshotPath(
  agencyCode: string,
  year: number,
  quarter: number,
  format: 'xlsx' | 'csv',
  version?: number,
): string {
  const base = `/statistics/${encodeURIComponent(agencyCode)}/${year}-Q${quarter}.${format}`;
  return version === undefined ? base : `${base}?version=${version}`;
}

export function annualReportPath(
  agencyCode: string,
  year: number,
  format: 'xlsx' | 'csv',
  includeSubtree: boolean,
): string {
  const base = `/statistics/${encodeURIComponent(agencyCode)}/${year}-annual.${format}`;
  return includeSubtree ? `${base}?includeSubtree=true` : base;
}

/** `2024-Q3.xlsx` → { year, quarter, format }; `2024-annual.csv` → { year, annual, format }. */
export function parseDownloadName(
  name: string,
):
  | { kind: 'quarter'; year: number; quarter: number; format: 'xlsx' | 'csv' }
  | { kind: 'annual'; year: number; format: 'xlsx' | 'csv' }
  | null {
  const quarter = /^(\d{4})-Q([1-4])\.(xlsx|csv)$/.exec(name);
  if (quarter) {
    return {
      kind: 'quarter',
      year: Number(quarter[1]),
      quarter: Number(quarter[2]),
      format: quarter[3] as 'xlsx' | 'csv',
    };
  }
  const annual = /^(\d{4})-annual\.(xlsx|csv)$/.exec(name);
  if (annual) {
    return { kind: 'annual', year: Number(annual[1]), format: annual[2] as 'xlsx' | 'csv' };
  }
  return null;
}
