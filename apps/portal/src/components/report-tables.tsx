// Tables 三 and 四 of the annual report laid out cell for cell like the State Council's template:
// the header blocks, the vertical 三、本年度办理结果 cell and the group cells spanning their rows.
// Structure (spans, headers) from @gongkai/rules' layouts; labels and numbers from the api
// (table 三 through the shared TableThreeFields fragment).
import { ReportTemplate as Template, TABLE_FOUR_LAYOUT, tableThreeLayout } from '@gongkai/rules';
import type { CSSProperties } from 'react';
import { graphql } from '../graphql/generated/index.js';
import type { ReportTemplate } from '../graphql/generated/graphql.js';

export const OfficialTableFourFields = graphql(`
  fragment OfficialTableFourFields on TableFour {
    heading
    columns
    groups {
      kind
      label
      values
    }
  }
`);

interface TableThreeData {
  template: ReportTemplate;
  heading: string;
  noteCell: string;
  columns: string[];
  rows: { key: string; groupLabel?: string | null; label: string; values: number[] }[];
}

interface TableFourData {
  heading: string;
  columns: string[];
  groups: { kind: string; label: string; values: number[] }[];
}

const cell: CSSProperties = { border: '1px solid #8c8c8c', padding: '4px 8px' };
const number: CSSProperties = { ...cell, textAlign: 'right', minWidth: 48 };
const head: CSSProperties = {
  ...cell,
  background: '#fafafa',
  fontWeight: 500,
  textAlign: 'center',
};
const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 13 };

/** Rows outside 三、本年度办理结果: their label spans the three label columns. */
const OUTSIDE_RESULTS = new Set(['RECEIVED', 'CARRIED_IN', 'CARRIED_OUT']);

/** 三、收到和处理政府信息公开申请情况, as printed in the annual report. */
export function OfficialTableThree({ data }: { data: TableThreeData }) {
  const layout = tableThreeLayout(Template[data.template]);
  const organisation = layout.columns.filter((c) => c.organisation).length;
  const resultRows = data.rows.filter((r) => !OUTSIDE_RESULTS.has(r.key)).length;
  const firstResult = data.rows.findIndex((r) => !OUTSIDE_RESULTS.has(r.key));
  const groupSize = (label: string) => data.rows.filter((r) => r.groupLabel === label).length;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={table} aria-label={data.heading} data-table="three">
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, padding: 8 }}>
          {data.heading}
        </caption>
        <thead>
          <tr>
            <th style={head} colSpan={3} rowSpan={3}>
              {data.noteCell}
            </th>
            <th style={head} colSpan={data.columns.length}>
              {layout.applicantHeader}
            </th>
          </tr>
          <tr>
            <th style={head} rowSpan={2}>
              {data.columns[0]}
            </th>
            <th style={head} colSpan={organisation}>
              {layout.organisationHeader}
            </th>
            <th style={head} rowSpan={2}>
              {data.columns[data.columns.length - 1]}
            </th>
          </tr>
          <tr>
            {data.columns.slice(1, 1 + organisation).map((label) => (
              <th style={head} key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, index) => {
            const firstOfGroup =
              row.groupLabel != null && data.rows[index - 1]?.groupLabel !== row.groupLabel;
            return (
              <tr key={row.key} data-row={row.key}>
                {OUTSIDE_RESULTS.has(row.key) ? (
                  <th style={{ ...cell, textAlign: 'left' }} colSpan={3} scope="row">
                    {row.label}
                  </th>
                ) : (
                  <>
                    {index === firstResult && (
                      <th style={{ ...head, writingMode: 'vertical-rl' }} rowSpan={resultRows}>
                        {layout.resultSectionLabel}
                      </th>
                    )}
                    {firstOfGroup && row.groupLabel && (
                      <th style={head} rowSpan={groupSize(row.groupLabel)}>
                        {row.groupLabel}
                      </th>
                    )}
                    <th
                      style={{ ...cell, textAlign: 'left', fontWeight: 400 }}
                      colSpan={row.groupLabel == null ? 2 : 1}
                      scope="row"
                    >
                      {row.label}
                    </th>
                  </>
                )}
                {row.values.map((value, column) => (
                  <td style={number} key={column}>
                    {value}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** 四、政府信息公开行政复议、行政诉讼情况: one header block per review kind, one row of 15. */
export function OfficialTableFour({ data }: { data: TableFourData }) {
  const [reconsideration, ...litigation] = data.groups;
  const width = data.columns.length;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={table} aria-label={data.heading} data-table="four">
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, padding: 8 }}>
          {data.heading}
        </caption>
        <thead>
          <tr>
            <th style={head} colSpan={width}>
              {TABLE_FOUR_LAYOUT.reconsiderationHeader}
            </th>
            <th style={head} colSpan={width * litigation.length}>
              {TABLE_FOUR_LAYOUT.litigationHeader}
            </th>
          </tr>
          <tr>
            {data.columns.map((label) => (
              <th style={head} rowSpan={2} key={label}>
                {label}
              </th>
            ))}
            {litigation.map((group) => (
              <th style={head} colSpan={width} key={group.kind}>
                {group.label}
              </th>
            ))}
          </tr>
          <tr>
            {litigation.flatMap((group) =>
              data.columns.map((label) => (
                <th style={head} key={`${group.kind}-${label}`}>
                  {label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[reconsideration, ...litigation].flatMap((group) =>
              (group?.values ?? []).map((value, column) => (
                <td style={number} key={`${group?.kind}-${column}`}>
                  {value}
                </td>
              )),
            )}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
