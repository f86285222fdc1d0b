import { Descriptions } from 'antd';
import { isOrganisationKind } from '../../forms/field-rules.js';
import { useMessages } from '../../i18n/index.js';
import type { FilingValues } from './filing-values.js';

/** The review step: everything that will be sent, as the applicant typed it. */
export function FilingReview({ values }: { values: FilingValues }) {
  const m = useMessages();
  const f = m.apply.fields;
  const { applicant, request } = values;
  const organisation = isOrganisationKind(applicant.kind);
  const rows: [string, string | null | undefined][] = [
    [f.agencyCode, values.agencyCode],
    [f.kind, m.applicantKind[applicant.kind]],
    ...(organisation
      ? ([
          [f.organisationName, applicant.organisationName],
          [f.creditCode, applicant.creditCode],
          [f.legalRepresentative, applicant.legalRepresentative],
          [f.contactPerson, applicant.contactPerson],
        ] as [string, string | null | undefined][])
      : ([[f.name, applicant.name]] as [string, string | null | undefined][])),
    [
      organisation ? f.representativeIdType : f.idType,
      applicant.idType ? m.idType[applicant.idType] : null,
    ],
    [organisation ? f.representativeIdNumber : f.idNumber, applicant.idNumber],
    [f.phone, applicant.phone],
    [f.email, applicant.email],
    [f.postalAddress, applicant.postalAddress],
    [f.description, request.description],
    [f.documentNumbers, request.documentNumbers],
    [f.issuingBody, request.issuingBody],
    [f.requestedForm, m.requestedForm[request.requestedForm]],
    [f.obtainingMethod, m.obtainingMethod[request.obtainingMethod]],
  ];
  return (
    <Descriptions column={1} bordered size="middle" title={m.apply.reviewTitle}>
      {rows.map(([label, value]) => (
        <Descriptions.Item key={label} label={label}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{value || m.common.none}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
