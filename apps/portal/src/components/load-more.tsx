import { Button, Space } from 'antd';
import { useMessages } from '../i18n/index.js';

/** The next keyset page of a list (`useInfiniteQuery`), by a button; nothing once it is all there. */
export function LoadMore({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): Promise<unknown> };
}) {
  const m = useMessages();
  if (!list.hasNextPage) return null;
  return (
    <Space style={{ marginTop: 16 }}>
      <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
        {m.staff.loadMore}
      </Button>
    </Space>
  );
}
