// The agencies an administrator (all) or a supervisor (their own and those below) may oversee,
// from `agencies`, shared by the administration pages: the tree, the pickers, names for ids.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AgenciesQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { inTreeOrder } from './agency-tree.js';

const Agencies = graphql(`
  query Agencies {
    agencies {
      id
      code
      name
      parentId
      depth
    }
  }
`);

export type OverseenAgency = AgenciesQuery['agencies'][number];

export const AGENCIES_KEY = ['agencies'] as const;

/** In tree order: parents first, each followed by its subtree, siblings by code. */
export function useAgencies() {
  return useQuery({
    queryKey: AGENCIES_KEY,
    queryFn: async () => inTreeOrder((await execute(Agencies)).agencies),
  });
}

/** An agency picked by name or code, indented by its depth in the tree. */
export function AgencySelect({
  agencies,
  value,
  onChange,
  id,
  allowClear,
  disabled,
  placeholder,
  style,
}: {
  agencies: OverseenAgency[];
  value?: string | null;
  onChange?: (agencyId: string | null) => void;
  id?: string;
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const m = useMessages();
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'search' }}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? m.admin.pickAgency}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      style={style}
      options={agencies.map((agency) => ({
        value: agency.id,
        label: m.admin.agencyOption(agency.name, agency.code),
        depth: agency.depth,
        search: `${agency.name} ${agency.code}`.toLowerCase(),
      }))}
      // Indented in the list (the tree), not in the box once picked.
      optionRender={(option) => (
        <span style={{ paddingLeft: Number(option.data['depth'] ?? 0) * 16 }}>{option.label}</span>
      )}
    />
  );
}
