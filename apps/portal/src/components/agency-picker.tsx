import { useQuery } from '@tanstack/react-query';
import { AutoComplete } from 'antd';
import type { CSSProperties } from 'react';
import { execute } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import type { PublicAgenciesQuery } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';

const PublicAgencies = graphql(`
  query PublicAgencies {
    publicAgencies {
      code
      name
      parentCode
    }
  }
`);

export type PublicAgency = PublicAgenciesQuery['publicAgencies'][number] & { depth: number };

/** The public list of agencies in tree order, each with its depth (0 for a root). Cached. */
export function usePublicAgencies() {
  return useQuery({
    queryKey: ['publicAgencies'],
    queryFn: async (): Promise<PublicAgency[]> => {
      const { publicAgencies } = await execute(PublicAgencies);
      const depth = new Map<string, number>();
      return publicAgencies.map((agency) => {
        const d = agency.parentCode ? (depth.get(agency.parentCode) ?? 0) + 1 : 0;
        depth.set(agency.code, d);
        return { ...agency, depth: d };
      });
    },
    staleTime: 10 * 60_000,
  });
}

/**
 * The agency code, picked by name or code from the public list (typing a code still works, so
 * an agency missing from the list or a list that failed to load does not block anyone).
 */
export function AgencyPicker({
  value,
  onChange,
  id,
  style,
}: {
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
  style?: CSSProperties;
}) {
  const m = useMessages();
  const agencies = usePublicAgencies();
  const options = (agencies.data ?? []).map((agency) => ({
    value: agency.code,
    label: `${'\u3000'.repeat(agency.depth)}${agency.name}（${agency.code}）`,
    search: `${agency.name} ${agency.code}`.toLowerCase(),
  }));
  const chosen = agencies.data?.find((a) => a.code === value?.trim().toUpperCase());
  return (
    <>
      <AutoComplete
        id={id}
        value={value}
        onChange={(code: string) => onChange?.(code)}
        options={options}
        placeholder={m.agencies.pickerPlaceholder}
        filterOption={(input, option) =>
          option?.search.includes(input.trim().toLowerCase()) ?? false
        }
        style={style ?? { maxWidth: 420, width: '100%' }}
        allowClear
      />
      {chosen && <div style={{ marginTop: 4, color: '#595959' }}>{chosen.name}</div>}
    </>
  );
}
