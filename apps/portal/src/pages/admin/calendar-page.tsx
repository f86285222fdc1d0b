import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarYearProblem } from '@gongkai/rules';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDateTime, formatLocalDate, todayInShanghai } from '../../format/date.js';
import { ApiError, execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { WorkingCalendarYearFieldsFragment } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { dayBlocks, dayLines, type ListedDay, parseDayLines } from './calendar-lines.js';

/** What the page shows of a year; spread into the query and the mutation's answer. */
export const WorkingCalendarYearFields = graphql(`
  fragment WorkingCalendarYearFields on WorkingCalendarYear {
    year
    origin
    loadedAt
    notices {
      title
      url
      documentNumber
      issuedOn
    }
    holidays {
      date
      name
    }
    makeUpWorkdays {
      date
      name
    }
  }
`);

const WorkingCalendar = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      ...WorkingCalendarYearFields
    }
  }
`);

const LoadWorkingCalendarYear = graphql(`
  mutation LoadWorkingCalendarYear($input: LoadWorkingCalendarYearInput!) {
    loadWorkingCalendarYear(input: $input) {
      checkedApplications
      recomputedApplications
      calendar {
        ...WorkingCalendarYearFields
      }
    }
  }
`);

type CalendarYear = WorkingCalendarYearFieldsFragment;

/** As the api accepts it (libs/rules calendar-domain). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const URL_PATTERN = /^https?:\/\/\S+$/;

const currentYear = () => Number(todayInShanghai().slice(0, 4));

/** 工作日历: a year as due dates are computed with it, and loading (or correcting) a year. */
export function CalendarPage() {
  const m = useMessages();
  const a = m.admin;
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : currentYear();
  const calendar = useQuery({
    queryKey: ['workingCalendar', year],
    queryFn: async () => (await execute(WorkingCalendar, { year })).workingCalendar,
  });
  return (
    <>
      <Typography.Title level={2}>{a.calendarTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.calendarIntro}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={a.year} htmlFor="calendar-year">
          <InputNumber
            id="calendar-year"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            value={year}
            onChange={(value) => {
              if (typeof value === 'number' && Number.isInteger(value))
                setParams({ year: String(value) }, { replace: true });
            }}
          />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={calendar.error} />
      {calendar.data && <YearView calendar={calendar.data} />}
      <LoadYearCard year={year} current={calendar.data} />
    </>
  );
}

function DayBlocks({ days, testId }: { days: readonly ListedDay[]; testId: string }) {
  const m = useMessages();
  const a = m.admin;
  const blocks = dayBlocks(days);
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={blocks}
      locale={{ emptyText: a.noDays }}
      renderItem={(b) => (
        <List.Item>
          <Space>
            <Tag>{b.name}</Tag>
            {a.dayRange(formatLocalDate(b.from), formatLocalDate(b.to), b.days)}
          </Space>
        </List.Item>
      )}
    />
  );
}

function YearView({ calendar }: { calendar: CalendarYear }) {
  const m = useMessages();
  const a = m.admin;
  return (
    <Card
      title={a.yearOf(calendar.year)}
      extra={
        <Space>
          <Tag color={calendar.origin === 'NONE' ? 'orange' : 'blue'} data-testid="calendar-origin">
            {a.origins[calendar.origin]}
          </Tag>
          {calendar.loadedAt && (
            <Typography.Text type="secondary">
              {a.loadedAt(formatDateTime(calendar.loadedAt))}
            </Typography.Text>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {calendar.origin === 'NONE' && (
        <Alert type="warning" showIcon title={a.originNone} style={{ marginBottom: 16 }} />
      )}
      {calendar.notices.length > 0 && (
        <>
          <Typography.Title level={5}>{a.notices}</Typography.Title>
          <ul>
            {calendar.notices.map((notice) => (
              <li key={notice.url}>
                <Space wrap>
                  <a href={notice.url} target="_blank" rel="noreferrer">
                    {notice.title}
                  </a>
                  {notice.documentNumber && (
                    <Typography.Text type="secondary">
                      {a.documentNumber(notice.documentNumber)}
                    </Typography.Text>
                  )}
                  {notice.issuedOn && (
                    <Typography.Text type="secondary">
                      {a.issuedOn(formatLocalDate(notice.issuedOn))}
                    </Typography.Text>
                  )}
                </Space>
              </li>
            ))}
          </ul>
        </>
      )}
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Typography.Title level={5}>{a.holidays}</Typography.Title>
          <DayBlocks days={calendar.holidays} testId="calendar-holidays" />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Title level={5}>{a.makeUpWorkdays}</Typography.Title>
          <DayBlocks days={calendar.makeUpWorkdays} testId="calendar-make-up-days" />
        </Col>
      </Row>
    </Card>
  );
}

interface YearForm {
  title: string;
  url: string;
  documentNumber?: string;
  issuedOn?: Dayjs | null;
  holidays: string;
  makeUpWorkdays?: string;
  allowWeekday?: boolean;
}

/** The text areas' rule: every line readable. */
function linesRule(badLine: (n: number, line: string) => string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value !== 'string') return;
      const parsed = parseDayLines(value);
      if (!parsed.ok) throw new Error(badLine(parsed.line, parsed.text));
    },
  };
}

const daysOf = (text: string | undefined): ListedDay[] => {
  const parsed = parseDayLines(text ?? '');
  return parsed.ok ? parsed.days : [];
};

function LoadYearCard({ year, current }: { year: number; current?: CalendarYear }) {
  const m = useMessages();
  const a = m.admin;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<YearForm>();
  const [done, setDone] = useState<string | null>(null);
  const load = useMutation({
    mutationFn: (values: YearForm) => {
      const allowWeekday = values.allowWeekday === true;
      return execute(LoadWorkingCalendarYear, {
        input: {
          year,
          source: {
            title: values.title.trim(),
            url: values.url.trim(),
            documentNumber: values.documentNumber?.trim() || null,
            issuedOn: values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : null,
          },
          holidays: daysOf(values.holidays),
          makeUpWorkdays: daysOf(values.makeUpWorkdays).map((day) => ({
            ...day,
            ...(allowWeekday ? { allowWeekday } : {}),
          })),
        },
      });
    },
    onSuccess: ({ loadWorkingCalendarYear: result }) => {
      queryClient.setQueryData(['workingCalendar', result.calendar.year], result.calendar);
      // Due dates shown anywhere may have moved.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'workingCalendar',
      });
      setDone(
        a.loaded(result.calendar.year, result.checkedApplications, result.recomputedApplications),
      );
    },
  });
  const problems =
    load.error instanceof ApiError && load.error.code === 'CALENDAR.INVALID_YEAR_DATA'
      ? ((load.error.extensions['problems'] ?? []) as CalendarYearProblem[])
      : [];
  const fill = () => {
    if (!current) return;
    const notice = current.notices[0];
    form.setFieldsValue({
      title: notice?.title ?? '',
      url: notice?.url ?? '',
      documentNumber: notice?.documentNumber ?? '',
      holidays: dayLines(current.holidays),
      makeUpWorkdays: dayLines(current.makeUpWorkdays),
    });
  };
  return (
    <Card
      title={a.loadTitle(year)}
      extra={
        current && current.holidays.length > 0 ? (
          <Button size="small" onClick={fill}>
            {a.fillFromYear}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{a.loadIntro}</Typography.Paragraph>
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} />}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={a.problemsTitle}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p, index) => (
                <li key={index}>
                  {p.date ? `${p.date}：` : ''}
                  {a.problems[p.reason] ?? p.message}
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ApiErrorAlert error={load.error} />
      )}
      <Form<YearForm>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setDone(null);
          load.mutate(values);
        }}
        style={{ maxWidth: 720 }}
      >
        <Form.Item
          name="title"
          label={a.noticeTitle}
          rules={[{ required: true, whitespace: true, message: m.validation.required }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="url"
          label={a.noticeUrl}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            { pattern: URL_PATTERN, message: a.noticeUrlFormat },
          ]}
        >
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="documentNumber" label={a.noticeDocumentNumber}>
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Form.Item name="issuedOn" label={a.noticeIssuedOn}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item
          name="holidays"
          label={a.holidayLines}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            linesRule(a.badLine),
          ]}
        >
          <Input.TextArea rows={8} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="makeUpWorkdays" label={a.makeUpLines} rules={[linesRule(a.badLine)]}>
          <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="allowWeekday" valuePropName="checked">
          <Checkbox>{a.allowWeekday}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={load.isPending}>
          {a.load}
        </Button>
      </Form>
    </Card>
  );
}
