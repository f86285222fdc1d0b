import { Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePublicAgencies, type PublicAgency } from '../components/agency-picker.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { useMessages } from '../i18n/index.js';

/** Public: every agency (in its tree), with the ways to apply to it and to read its statistics. */
export function AgenciesPage() {
  const m = useMessages();
  const a = m.agencies;
  const agencies = usePublicAgencies();
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const rows = (agencies.data ?? []).filter(
    (agency) =>
      needle === '' ||
      agency.name.toLowerCase().includes(needle) ||
      agency.code.toLowerCase().includes(needle),
  );
  return (
    <>
      <Typography.Title level={2}>{a.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.intro}</Typography.Paragraph>
      <Input.Search
        allowClear
        aria-label={a.search}
        placeholder={a.search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ maxWidth: 320, marginBottom: 16 }}
      />
      <ApiErrorAlert error={agencies.error} />
      <Table<PublicAgency>
        rowKey="code"
        dataSource={rows}
        loading={agencies.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: a.name,
            render: (_: unknown, agency) => (
              <span style={{ paddingLeft: needle ? 0 : agency.depth * 24 }}>{agency.name}</span>
            ),
          },
          { title: a.code, dataIndex: 'code' },
          {
            title: '',
            render: (_: unknown, agency) => (
              <Space wrap>
                <Link to={`/apply?agency=${encodeURIComponent(agency.code)}`}>
                  <Button size="small" type="primary">
                    {a.apply}
                  </Button>
                </Link>
                <Link
                  to={`/published?agency=${encodeURIComponent(agency.code)}`}
                  aria-label={a.statisticsOf(agency.name)}
                >
                  {a.statistics}
                </Link>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
