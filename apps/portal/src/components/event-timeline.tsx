import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../format/date.js';

export interface TimelineEvent {
  id?: string;
  type: string;
  label: string;
  occurredAt: string;
}

/** What happened to an application, oldest first, each with its date, weekday and time. */
export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id ?? `${event.type}-${event.occurredAt}`,
        content: (
          <>
            <Typography.Text strong>{event.label}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{formatDateTime(event.occurredAt)}</Typography.Text>
          </>
        ),
      }))}
    />
  );
}
