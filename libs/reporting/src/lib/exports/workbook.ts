import type { Workbook } from 'exceljs';

/**
 * A new workbook. ExcelJS is loaded on the first XLSX download rather than when the api starts:
 * few requests need it, and loaded it holds about 8 MB of heap (12 MB resident) and adds about
 * 2 s to the start (prisma-free-docs/performance.md §4).
 */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  return workbook;
}
