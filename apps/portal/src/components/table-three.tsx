import { Table } from 'antd';
import { graphql } from '../graphql/generated/index.js';

/** Table 三 of the annual report as the api lays it out: rows in template order, seven columns. */
export const TableThreeFields = graphql(`
  fragment TableThreeFields on TableThree {
    template
    heading
    noteCell
    columns
    rows {
      key
      groupLabel
      label
      values
    }
  }
`);

export interface TableThreeData {
  heading: string;
  columns: string[];
  rows: { key: string; groupLabel?: string | null; label: string; values: number[] }[];
}

/** The table laid out like the official template: group cell, row label, the seven columns. */
export function TableThree({ table }: { table: TableThreeData }) {
  type Row = TableThreeData['rows'][number];
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      title={() => table.heading}
      dataSource={table.rows}
      scroll={{ x: true }}
      columns={[
        { title: '', render: (_: unknown, row) => row.groupLabel ?? '', width: 140 },
        { title: '', dataIndex: 'label' },
        ...table.columns.map((title, index) => ({
          title,
          align: 'right' as const,
          render: (_: unknown, row: Row) => row.values[index],
        })),
      ]}
    />
  );
}
