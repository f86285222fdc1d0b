import {
  APPLICATION_TEXT_LIMITS,
  IdentityDocumentType,
  ObtainingMethod,
  type RequestedInformation,
} from '@gongkai/data';
import {
  type ApplicantKind,
  DomainError,
  isApplicantKind,
  isOrganisation,
  type LocalDate,
  validateCreditCode,
  validateEmail,
  validateOtherDocumentNumber,
  validatePhoneNumber,
  validateResidentIdNumber,
  ValidatorErrorCode,
} from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import type { ApplicantCommand, RequestedInformationCommand } from './filing-input.js';

/** One thing wrong with a filing; `field` is the input path, never the value. */
export interface FilingProblem {
  readonly field: string;
  readonly code: string;
  readonly reason?: string;
}

/** The applicant after validation: trimmed, normalised, the ID number still in clear. */
export interface ValidatedApplicant {
  readonly kind: ApplicantKind;
  readonly name: string | null;
  readonly idType: IdentityDocumentType | null;
  readonly idNumber: string | null;
  readonly organisationName: string | null;
  readonly creditCode: string | null;
  readonly legalRepresentative: string | null;
  readonly contactPerson: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly postalAddress: string | null;
}

export interface ValidatedFiling {
  readonly applicant: ValidatedApplicant;
  readonly request: RequestedInformation;
}

const MESSAGES: Record<string, string> = {
  [ApplicationErrorCode.FIELD_REQUIRED]: '申请缺少必填内容 (a required field is missing)',
  [ApplicationErrorCode.FIELD_TOO_LONG]: '内容超过长度上限 (a field is too long)',
  [ApplicationErrorCode.FIELD_NOT_ALLOWED]:
    '该项不适用于此类申请人 (a field does not apply to this applicant)',
  [ApplicationErrorCode.CONTACT_REQUIRED]:
    '请至少提供一种联系方式 (give a phone number, an e-mail or a postal address)',
  [ValidatorErrorCode.INVALID_ID_NUMBER]: '身份证件号码不正确 (the ID number is not valid)',
  [ValidatorErrorCode.INVALID_CREDIT_CODE]:
    '统一社会信用代码不正确 (the unified social credit code is not valid)',
  [ValidatorErrorCode.INVALID_PHONE_NUMBER]: '联系电话不正确 (the phone number is not valid)',
  [ValidatorErrorCode.INVALID_EMAIL]: '电子邮箱不正确 (the e-mail address is not valid)',
};

/**
 * Checks every Art. 29 field of a filing at once and returns it normalised; or throws one
 * DomainError whose code is the first problem's and whose `problems` list all of them (so a form
 * can mark every field in one round, like the 一次性告知 the law asks of agencies). Messages and
 * details never repeat the values: they are personal data.
 */
export function validateFiling(
  applicant: ApplicantCommand,
  request: RequestedInformationCommand,
  today: LocalDate,
): ValidatedFiling {
  const problems: FilingProblem[] = [];
  const text = (
    field: string,
    value: string | null | undefined,
    limit: number,
    required = false,
  ): string | null => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) problems.push({ field, code: ApplicationErrorCode.FIELD_REQUIRED });
      return null;
    }
    // Code points, as PostgreSQL counts varchar(n).
    if ([...trimmed].length > limit) {
      problems.push({ field, code: ApplicationErrorCode.FIELD_TOO_LONG, reason: `MAX_${limit}` });
      return null;
    }
    return trimmed;
  };
  const notAllowed = (field: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '') {
      problems.push({ field, code: ApplicationErrorCode.FIELD_NOT_ALLOWED });
    }
  };

  if (!isApplicantKind(applicant.kind)) {
    problems.push({ field: 'applicant.kind', code: ApplicationErrorCode.FIELD_REQUIRED });
  }
  const organisation = isApplicantKind(applicant.kind) && isOrganisation(applicant.kind);
  const L = APPLICATION_TEXT_LIMITS;

  const name = text('applicant.name', applicant.name, L.name, !organisation);
  const organisationName = text(
    'applicant.organisationName',
    applicant.organisationName,
    L.organisationName,
    organisation,
  );
  const legalRepresentative = text(
    'applicant.legalRepresentative',
    applicant.legalRepresentative,
    L.legalRepresentative,
  );
  const contactPerson = text('applicant.contactPerson', applicant.contactPerson, L.contactPerson);
  let creditCode: string | null = null;
  if (organisation) {
    const given = text('applicant.creditCode', applicant.creditCode, 18, true);
    if (given !== null) {
      const checked = validateCreditCode(given);
      if (checked.ok) creditCode = checked.value;
      else problems.push(problemOf('applicant.creditCode', checked.error));
    }
  } else {
    notAllowed('applicant.organisationName', organisationName);
    notAllowed('applicant.creditCode', applicant.creditCode);
    notAllowed('applicant.legalRepresentative', legalRepresentative);
  }

  // Proof of identity (Art. 29(2)(一)): required of natural persons, optional for an
  // organisation's representative; a number needs its document type and vice versa.
  const idType = applicant.idType ?? null;
  const rawIdNumber = text('applicant.idNumber', applicant.idNumber, 40, !organisation);
  if (idType === null && (rawIdNumber !== null || !organisation)) {
    problems.push({ field: 'applicant.idType', code: ApplicationErrorCode.FIELD_REQUIRED });
  }
  if (idType !== null && rawIdNumber === null && organisation) {
    problems.push({ field: 'applicant.idNumber', code: ApplicationErrorCode.FIELD_REQUIRED });
  }
  let idNumber: string | null = null;
  if (idType !== null && rawIdNumber !== null) {
    if (idType === IdentityDocumentType.RESIDENT_ID) {
      const checked = validateResidentIdNumber(rawIdNumber, today);
      if (checked.ok) idNumber = checked.value.idNumber;
      else problems.push(problemOf('applicant.idNumber', checked.error));
    } else {
      const checked = validateOtherDocumentNumber(rawIdNumber);
      if (checked.ok) idNumber = checked.value;
      else problems.push(problemOf('applicant.idNumber', checked.error));
    }
  }

  // Contact details (Art. 29(2)(一)): at least one way to reach the applicant.
  let phone: string | null = null;
  const rawPhone = text('applicant.phone', applicant.phone, L.phone);
  if (rawPhone !== null) {
    const checked = validatePhoneNumber(rawPhone);
    if (checked.ok) phone = checked.value.number;
    else problems.push(problemOf('applicant.phone', checked.error));
  }
  let email: string | null = null;
  const rawEmail = text('applicant.email', applicant.email, L.email);
  if (rawEmail !== null) {
    const checked = validateEmail(rawEmail);
    if (checked.ok) email = checked.value;
    else problems.push(problemOf('applicant.email', checked.error));
  }
  const postalAddress = text('applicant.postalAddress', applicant.postalAddress, L.postalAddress);
  if (rawPhone === null && rawEmail === null && postalAddress === null) {
    problems.push({ field: 'applicant.phone', code: ApplicationErrorCode.CONTACT_REQUIRED });
  }

  // The information (Art. 29(2)(二)) and the way of obtaining it (Art. 29(2)(三)).
  const description = text('request.description', request.description, L.description, true);
  const documentNumbers = text(
    'request.documentNumbers',
    request.documentNumbers,
    L.documentNumbers,
  );
  const issuingBody = text('request.issuingBody', request.issuingBody, L.issuingBody);
  if (request.obtainingMethod === ObtainingMethod.EMAIL && rawEmail === null) {
    problems.push({ field: 'applicant.email', code: ApplicationErrorCode.FIELD_REQUIRED });
  }
  if (request.obtainingMethod === ObtainingMethod.POST && postalAddress === null) {
    problems.push({ field: 'applicant.postalAddress', code: ApplicationErrorCode.FIELD_REQUIRED });
  }

  const first = problems[0];
  if (first) {
    throw new DomainError(first.code, MESSAGES[first.code] ?? '申请内容不正确 (invalid filing)', {
      field: first.field,
      problems,
    });
  }
  return {
    applicant: {
      kind: applicant.kind,
      name,
      idType: idNumber === null ? null : idType,
      idNumber,
      organisationName,
      creditCode,
      legalRepresentative,
      contactPerson,
      phone,
      email,
      postalAddress,
    },
    request: {
      description: description ?? '',
      documentNumbers,
      issuingBody,
      requestedForm: request.requestedForm,
      obtainingMethod: request.obtainingMethod,
    },
  };
}

function problemOf(field: string, error: DomainError): FilingProblem {
  const reason = error.details['reason'];
  return { field, code: error.code, ...(typeof reason === 'string' ? { reason } : {}) };
}
