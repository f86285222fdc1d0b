import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Descriptions, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClockCalendar } from '../../components/clock-calendar.js';
import { formatLocalDate, todayInShanghai } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';

const DeadlineCalculatorQuery = graphql(`
  query DeadlineCalculator($receivedOn: LocalDate!) {
    deadlineCalculator(receivedOn: $receivedOn) {
      receivedOn
      supplementNoticeDueOn
      replyDueOn
      extendedReplyDueOn
      provisional
      explanation {
        ...ExplainedDayFields
      }
    }
  }
`);

/** The time limits that follow from a legal receipt date, with the calendar behind them. */
export function DeadlineCalculatorPage() {
  const m = useMessages();
  const [receivedOn, setReceivedOn] = useState(todayInShanghai());
  const result = useQuery({
    queryKey: ['deadlineCalculator', receivedOn],
    queryFn: () => execute(DeadlineCalculatorQuery, { receivedOn }),
  });
  const calc = result.data?.deadlineCalculator;
  return (
    <>
      <Typography.Title level={2}>{m.clock.calculatorTitle}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={m.track.receivedOn} htmlFor="received-on">
            <DatePicker
              id="received-on"
              allowClear={false}
              value={dayjs(receivedOn)}
              onChange={(value) => value && setReceivedOn(value.format('YYYY-MM-DD'))}
            />
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={result.error} />
      {calc && (
        <Card>
          <Descriptions column={1} bordered size="middle" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={m.track.receivedOn}>
              {formatLocalDate(calc.receivedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={m.clock.supplementNoticeDueOn}>
              <span data-testid="supplement-due">
                {formatLocalDate(calc.supplementNoticeDueOn)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={m.clock.replyDueOn}>
              <span data-testid="reply-due">{formatLocalDate(calc.replyDueOn)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={m.clock.extendedReplyDueOn}>
              {formatLocalDate(calc.extendedReplyDueOn)}
            </Descriptions.Item>
          </Descriptions>
          {calc.provisional && (
            <Alert
              type="warning"
              showIcon
              title={m.common.provisional}
              style={{ marginBottom: 16 }}
            />
          )}
          <ClockCalendar
            days={calc.explanation}
            marks={{
              [calc.supplementNoticeDueOn]: m.clock.supplementNoticeDueOn,
              [calc.replyDueOn]: m.clock.replyDueOn,
              [calc.extendedReplyDueOn]: m.clock.extendedReplyDueOn,
            }}
          />
        </Card>
      )}
    </>
  );
}
