// The administrator's account forms: a new account (`createUser`) and an account's roles and
// agency (`updateUserRoles`). Both check roles and agency as the api does (libs/identity
// staff-roles): at least one role; officers, supervisors and admins belong to an agency; an
// account that is only an applicant belongs to none.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Space } from 'antd';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { emailRule } from '../../forms/field-rules.js';
import { PASSWORD_LENGTH } from '../../forms/new-password-fields.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { Role } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { AgencySelect, type OverseenAgency } from './agencies.js';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      agencyId
    }
  }
`);

const UpdateUserRoles = graphql(`
  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {
    updateUserRoles(input: $input) {
      id
      email
      roles
      agencyId
    }
  }
`);

/** As the server checks it (libs/identity account-input). */
const DISPLAY_NAME_MAX = 100;
const ROLES: Role[] = ['OFFICER', 'SUPERVISOR', 'ADMIN', 'APPLICANT'];
export const USERS_KEY = 'users';

interface RoleValues {
  roles: Role[];
  agencyId?: string | null;
}

const applicantOnly = (roles: Role[] | undefined) =>
  !!roles && roles.length > 0 && roles.every((role) => role === 'APPLICANT');

/** The roles and the agency they apply in, as the api takes them. */
function rolesInput({ roles, agencyId }: RoleValues): { roles: Role[]; agencyId: string | null } {
  return { roles, agencyId: applicantOnly(roles) ? null : (agencyId ?? null) };
}

function RoleFields({ agencies }: { agencies: OverseenAgency[] }) {
  const m = useMessages();
  const a = m.admin;
  return (
    <>
      <Form.Item
        name="roles"
        label={a.rolesLabel}
        rules={[{ required: true, type: 'array', min: 1, message: a.rolesRequired }]}
      >
        <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: a.roles[role] }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['roles']}>
        {({ getFieldValue }) => {
          const noAgency = applicantOnly(getFieldValue('roles') as Role[] | undefined);
          return (
            <Form.Item
              name="agencyId"
              label={a.agencyOfRoles}
              extra={noAgency ? a.applicantOnlyNoAgency : undefined}
              rules={noAgency ? [] : [{ required: true, message: a.agencyRequired }]}
            >
              <AgencySelect agencies={agencies} disabled={noAgency} />
            </Form.Item>
          );
        }}
      </Form.Item>
    </>
  );
}

interface NewAccount extends RoleValues {
  email: string;
  name: string;
  password: string;
}

/** A new account, in the agency picked on the page unless another is chosen. */
export function CreateUserCard({
  agencies,
  agencyId,
  onCreated,
}: {
  agencies: OverseenAgency[];
  agencyId: string | null;
  onCreated: (user: { email: string; agencyId?: string | null }) => void;
}) {
  const m = useMessages();
  const a = m.admin;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewAccount>();
  const create = useMutation({
    mutationFn: ({ email, name, password, ...roles }: NewAccount) =>
      execute(CreateUser, { input: { email, name, password, ...rolesInput(roles) } }),
    onSuccess: async ({ createUser }) => {
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: [USERS_KEY] });
      onCreated(createUser);
    },
  });
  return (
    <Card title={a.createUser} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={create.error} overrides={{ 'ACCOUNT.EMAIL_TAKEN': a.emailTaken }} />
      <Form<NewAccount>
        form={form}
        layout="vertical"
        // The picked agency follows the page until the form is sent.
        initialValues={{ roles: ['OFFICER'], agencyId }}
        key={agencyId ?? ''}
        onFinish={(values) => create.mutate(values)}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="email"
          label={a.email}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            emailRule(m),
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={a.displayName}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            { max: DISPLAY_NAME_MAX, message: a.nameTooLong(DISPLAY_NAME_MAX) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={a.initialPassword}
          extra={a.createUserIntro}
          rules={[
            { required: true, message: m.validation.required },
            {
              min: PASSWORD_LENGTH.min,
              max: PASSWORD_LENGTH.max,
              message: m.account.passwordHelp(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <RoleFields agencies={agencies} />
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {a.createUser}
        </Button>
      </Form>
    </Card>
  );
}

/** Replaces an account's roles and agency (the api replaces both at once). */
export function RolesCard({
  user,
  agencies,
  onDone,
  onCancel,
}: {
  user: { id: string; email: string; roles: Role[]; agencyId?: string | null };
  agencies: OverseenAgency[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const m = useMessages();
  const a = m.admin;
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (values: RoleValues) =>
      execute(UpdateUserRoles, { input: { userId: user.id, ...rolesInput(values) } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [USERS_KEY] });
      onDone();
    },
  });
  return (
    <Card title={a.changeRolesOf(user.email)} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={update.error} />
      <Form<RoleValues>
        layout="vertical"
        key={user.id}
        initialValues={{ roles: user.roles, agencyId: user.agencyId ?? null }}
        onFinish={(values) => update.mutate(values)}
        style={{ maxWidth: 560 }}
      >
        <RoleFields agencies={agencies} />
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {a.saveRoles}
          </Button>
          <Button onClick={onCancel}>{m.common.cancel}</Button>
        </Space>
      </Form>
    </Card>
  );
}
