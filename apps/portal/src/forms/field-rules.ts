// Form rules built on the server's own validators (@gongkai/rules): what the server would refuse,
// the form refuses first, in words.
import type { FormRule } from 'antd';
import {
  isApplicantKind,
  isOrganisation,
  validateCreditCode,
  validateEmail,
  validateOtherDocumentNumber,
  validatePhoneNumber,
  validateResidentIdNumber,
  type ValidationResult,
} from '@gongkai/rules';
import { todayInShanghai } from '../format/date.js';
import type { Messages } from '../i18n/index.js';

/** Whether an applicant kind (as the api spells it) is a legal person or other organisation. */
export const isOrganisationKind = (kind: string | undefined): boolean =>
  isApplicantKind(kind) && isOrganisation(kind);

type Reasons = Record<string, string> & { default: string };

function ruleOf(check: (value: string) => ValidationResult<unknown>, reasons: Reasons): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const result = check(value);
      if (result.ok) return;
      const reason = result.error.details['reason'];
      throw new Error((typeof reason === 'string' && reasons[reason]) || reasons.default);
    },
  };
}

/** The ID number as the server checks it: GB 11643 for resident IDs, a format for the rest. */
export function idNumberRule(messages: Messages, idType: string | undefined): FormRule {
  const v = messages.validation;
  return idType === 'RESIDENT_ID'
    ? ruleOf((value) => validateResidentIdNumber(value, todayInShanghai()), v.residentId)
    : ruleOf(validateOtherDocumentNumber, v.otherDocument);
}

export const creditCodeRule = (messages: Messages) =>
  ruleOf(validateCreditCode, messages.validation.creditCode);
export const phoneRule = (messages: Messages) =>
  ruleOf(validatePhoneNumber, messages.validation.phone);
export const emailRule = (messages: Messages) => ruleOf(validateEmail, messages.validation.email);
