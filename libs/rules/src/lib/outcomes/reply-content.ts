/**
 * What a reply letter (告知书) says beyond its outcome, as the structured fields a use case
 * collects before issuing it. Free text is stored as written; blank text counts as absent.
 */
export interface ReplyContent {
  /** The articles the decision rests on, as cited in the letter. */
  readonly legalBasis?: string;
  /** 说明理由: why the information (or part of it) is not provided. */
  readonly reasons?: string;
  /** How, where and when the applicant obtains the information (Art. 36(1)(2), Art. 37). */
  readonly accessInstructions?: string;
  /** Art. 36(5): the agency that holds the information, when known. */
  readonly responsibleAgency?: { readonly name: string; readonly contact?: string };
  /** The other procedure or channel the applicant is pointed to (Art. 36(7), Art. 39). */
  readonly referral?: string;
}

export type ReplyField = keyof ReplyContent;

export const REPLY_FIELDS: readonly ReplyField[] = [
  'legalBasis',
  'reasons',
  'accessInstructions',
  'responsibleAgency',
  'referral',
];

/**
 * `required`: the reply is refused without it; `optional`: allowed; `not-applicable`: a reply
 * of this kind must not carry it (it would contradict the decision, e.g. access instructions on
 * a refusal).
 */
export type FieldRequirement = 'required' | 'optional' | 'not-applicable';

export type ReplyRequirements = Readonly<Record<ReplyField, FieldRequirement>>;
