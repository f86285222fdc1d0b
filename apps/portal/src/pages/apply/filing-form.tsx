import { AgencyPicker } from '../../components/agency-picker.js';
import { Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import {
  creditCodeRule,
  emailRule,
  idNumberRule,
  isOrganisationKind,
  phoneRule,
} from '../../forms/field-rules.js';
import type {
  ApplicantKind,
  IdentityDocumentType,
  ObtainingMethod,
} from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import type { FilingValues } from './filing-values.js';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** The application form of Art. 29: the applicant, the information wanted and how to get it. */
export function FilingForm({
  form,
  withAgency = true,
}: {
  form: FormInstance<FilingValues>;
  /** Online filings name the agency; an officer registers for their own. */
  withAgency?: boolean;
}) {
  const m = useMessages();
  const f = m.apply.fields;
  const kind = Form.useWatch(['applicant', 'kind'], form) as ApplicantKind | undefined;
  const idType = Form.useWatch(['applicant', 'idType'], form) as IdentityDocumentType | undefined;
  const method = Form.useWatch(['request', 'obtainingMethod'], form) as ObtainingMethod | undefined;
  const organisation = isOrganisationKind(kind);
  const required = { required: true, whitespace: true, message: m.validation.required };
  const contacts = [
    ['applicant', 'phone'],
    ['applicant', 'email'],
    ['applicant', 'postalAddress'],
  ] as const;
  const oneContact = {
    validator: async () => {
      const given = contacts.some((path) => `${form.getFieldValue([...path]) ?? ''}`.trim() !== '');
      if (!given) throw new Error(m.validation.contactRequired);
    },
  };

  return (
    <>
      {withAgency && (
        <Card title={m.apply.sections.agency} style={{ marginBottom: 16 }}>
          <Form.Item
            name="agencyCode"
            label={f.agencyCode}
            extra={f.agencyCodeHelp}
            rules={[required]}
          >
            <AgencyPicker />
          </Form.Item>
        </Card>
      )}
      <Card title={m.apply.sections.applicant} style={{ marginBottom: 16 }}>
        <Form.Item name={['applicant', 'kind']} label={f.kind} rules={[required]}>
          <Radio.Group options={options(m.applicantKind)} />
        </Form.Item>
        <Row gutter={16}>
          {organisation ? (
            <>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['applicant', 'organisationName']}
                  label={f.organisationName}
                  rules={[required]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['applicant', 'creditCode']}
                  label={f.creditCode}
                  rules={[required, creditCodeRule(m)]}
                  validateDebounce={300}
                >
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['applicant', 'legalRepresentative']}
                  label={f.legalRepresentative}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['applicant', 'contactPerson']} label={f.contactPerson}>
                  <Input />
                </Form.Item>
              </Col>
            </>
          ) : (
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'name']} label={f.name} rules={[required]}>
                <Input autoComplete="name" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'idType']}
              label={organisation ? f.representativeIdType : f.idType}
              rules={organisation ? [] : [{ required: true, message: m.validation.required }]}
            >
              <Select options={options(m.idType)} allowClear={organisation} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'idNumber']}
              label={organisation ? f.representativeIdNumber : f.idNumber}
              dependencies={[['applicant', 'idType']]}
              rules={[...(organisation && !idType ? [] : [required]), idNumberRule(m, idType)]}
              validateDebounce={300}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'phone']}
              label={f.phone}
              dependencies={[contacts[1], contacts[2]].map((c) => [...c])}
              rules={[oneContact, phoneRule(m)]}
              validateDebounce={300}
            >
              <Input autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'email']}
              label={f.email}
              dependencies={[['request', 'obtainingMethod']]}
              rules={[
                emailRule(m),
                ...(method === 'EMAIL'
                  ? [{ required: true, whitespace: true, message: m.validation.emailForMethod }]
                  : []),
              ]}
              validateDebounce={300}
            >
              <Input autoComplete="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name={['applicant', 'postalAddress']}
          label={f.postalAddress}
          dependencies={[['request', 'obtainingMethod']]}
          rules={
            method === 'POST'
              ? [{ required: true, whitespace: true, message: m.validation.postalForMethod }]
              : []
          }
        >
          <Input autoComplete="street-address" />
        </Form.Item>
      </Card>
      <Card title={m.apply.sections.request} style={{ marginBottom: 16 }}>
        <Form.Item
          name={['request', 'description']}
          label={f.description}
          extra={f.descriptionHelp}
          rules={[required]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['request', 'documentNumbers']} label={f.documentNumbers}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['request', 'issuingBody']} label={f.issuingBody}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['request', 'requestedForm']}
              label={f.requestedForm}
              rules={[{ required: true, message: m.validation.required }]}
            >
              <Select options={options(m.requestedForm)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['request', 'obtainingMethod']}
              label={f.obtainingMethod}
              rules={[{ required: true, message: m.validation.required }]}
            >
              <Select options={options(m.obtainingMethod)} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}
