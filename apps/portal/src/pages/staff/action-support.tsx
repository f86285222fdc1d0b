// What every action form of the application page shares: the application it acts on (with the
// version it was shown), the mutation that reloads the page afterwards, the error in words (a
// version conflict with a reload button) and the date helpers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { todayInShanghai } from '../../format/date.js';
import { ApiError } from '../../graphql/client.js';
import type { ApplicationDetailQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';

/** The application as the page loaded it; forms read what they need from it. */
export type ActionTarget = ApplicationDetailQuery['application'];

/** A picked day as the api's LocalDate, or null. */
export const day = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);
/** Today in Asia/Shanghai, as the server counts it. */
export const today = () => dayjs(todayInShanghai());
/** For DatePicker's disabledDate: no day after today (the server refuses one). */
export const afterToday = (value: Dayjs) => value.isAfter(today(), 'day');

/** Runs one action for the application and reloads it afterwards. */
export function useAction<TInput>(
  application: Pick<ActionTarget, 'id'>,
  run: (input: TInput) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['application', application.id] }),
  });
}

export function ActionError({ error, applicationId }: { error: unknown; applicationId: string }) {
  const m = useMessages();
  const queryClient = useQueryClient();
  if (!error) return null;
  const conflict = error instanceof ApiError && error.code === 'APPLICATION.VERSION_CONFLICT';
  return (
    <>
      <ApiErrorAlert error={error} />
      {conflict && (
        <Button
          style={{ marginBottom: 16 }}
          onClick={() =>
            void queryClient.invalidateQueries({ queryKey: ['application', applicationId] })
          }
        >
          {m.staff.reload}
        </Button>
      )}
    </>
  );
}
