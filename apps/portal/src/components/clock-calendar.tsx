import { Space, Tag, Tooltip, Typography } from 'antd';
import { graphql } from '../graphql/generated/index.js';
import type { ExplanationDayKind } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';

/** What the calendar needs of each day of a clock's explanation. */
export const ExplainedDayFields = graphql(`
  fragment ExplainedDayFields on ExplanationDay {
    date
    kind
    ordinal
    holidayName
  }
`);

export interface ExplainedDay {
  date: string;
  kind: ExplanationDayKind;
  ordinal?: number | null;
  holidayName?: string | null;
}

const COLORS: Record<ExplanationDayKind, { background: string; color: string }> = {
  COUNTED: { background: '#e6f4ff', color: '#0958d9' },
  MAKE_UP_WORKING_DAY: { background: '#fff7e6', color: '#d46b08' },
  WEEKEND: { background: '#f5f5f5', color: '#8c8c8c' },
  HOLIDAY: { background: '#fff1f0', color: '#cf1322' },
  PAUSED: { background: '#f9f0ff', color: '#531dab' },
};

/** Monday-first column of a YYYY-MM-DD date (0 = Monday). */
const column = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/**
 * The clock day by day, month by month: counted working days with their number, weekends,
 * holidays, 调休 make-up working days and paused days, and the days that end a time limit.
 */
export function ClockCalendar({
  days,
  marks,
}: {
  days: ExplainedDay[];
  marks: Record<string, string>;
}) {
  const m = useMessages();
  const months = new Map<string, ExplainedDay[]>();
  for (const day of days) {
    const key = day.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), day]);
  }
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        {(Object.keys(COLORS) as ExplanationDayKind[]).map((kind) => (
          <Tag key={kind} style={{ ...COLORS[kind], border: 'none' }}>
            {m.dayKind[kind]}
          </Tag>
        ))}
      </Space>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        {[...months.entries()].map(([month, monthDays]) => (
          <section key={month} aria-label={month}>
            <Typography.Text strong>{`${month.slice(0, 4)}年${month.slice(5)}月`}</Typography.Text>
            <div
              role="grid"
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(7, 40px)',
                gap: 2,
                marginTop: 4,
              }}
            >
              {m.weekdaysShort.map((w) => (
                <div key={w} style={{ textAlign: 'center', fontSize: 12, color: '#8c8c8c' }}>
                  {w}
                </div>
              ))}
              {Array.from({ length: column(monthDays[0]?.date ?? `${month}-01`) }, (_, i) => (
                <div key={`pad-${i}`} />
              ))}
              {monthDays.map((day) => {
                const mark = marks[day.date];
                const label = [
                  day.date,
                  m.dayKind[day.kind],
                  day.holidayName,
                  day.ordinal ? m.clock.ordinal(day.ordinal) : null,
                  mark,
                ]
                  .filter(Boolean)
                  .join(' · ');
                return (
                  <Tooltip key={day.date} title={label}>
                    <div
                      role="gridcell"
                      aria-label={label}
                      data-kind={day.kind}
                      style={{
                        ...COLORS[day.kind],
                        height: 40,
                        borderRadius: 4,
                        textAlign: 'center',
                        fontSize: 12,
                        lineHeight: '18px',
                        paddingTop: 2,
                        outline: mark ? '2px solid #b71c1c' : undefined,
                      }}
                    >
                      {Number(day.date.slice(8))}
                      <br />
                      {day.ordinal ?? ''}
                    </div>
                  </Tooltip>
                );
              })}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
