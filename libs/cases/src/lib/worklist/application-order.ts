import { registerEnumType } from '@nestjs/graphql';

/** Orders of the worklist; each is a keyset order ending in the id, so pages never overlap. */
export enum ApplicationOrder {
  /** Reply due date ascending, applications without one (awaiting confirmation) last. */
  REPLY_DUE_ON_ASC = 'REPLY_DUE_ON_ASC',
  /** Legal receipt date, newest first; applications without one last. */
  RECEIVED_ON_DESC = 'RECEIVED_ON_DESC',
}

registerEnumType(ApplicationOrder, {
  name: 'ApplicationOrder',
  description: '工作台排序',
  valuesMap: {
    REPLY_DUE_ON_ASC: { description: '按答复期限由近到远（未确定期限的排在最后）' },
    RECEIVED_ON_DESC: { description: '按收到申请之日由新到旧（未确定的排在最后）' },
  },
});

/**
 * The SQL of each order: the sort key (never null, so a row comparison works), its direction,
 * and the comparison that selects the rows after a cursor.
 */
export const ORDER_SQL: Readonly<
  Record<ApplicationOrder, { key: string; direction: 'asc' | 'desc'; after: '>' | '<' }>
> = {
  [ApplicationOrder.REPLY_DUE_ON_ASC]: {
    key: `coalesce(a.reply_due_on, 'infinity'::date)`,
    direction: 'asc',
    after: '>',
  },
  [ApplicationOrder.RECEIVED_ON_DESC]: {
    key: `coalesce(a.received_on, '-infinity'::date)`,
    direction: 'desc',
    after: '<',
  },
};
