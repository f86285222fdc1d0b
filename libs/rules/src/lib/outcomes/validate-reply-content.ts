import { DomainError } from '../errors/domain-error.js';
import { isOutcome, type Outcome } from './outcome.js';
import { OUTCOME_DEFINITIONS } from './outcome-definitions.js';
import { REPLY_FIELDS, type ReplyContent, type ReplyField } from './reply-content.js';
import { ReplyErrorCode } from './reply-error-code.js';

/** One code per missing field, so a form can put the message next to the right input. */
const REQUIRED_CODES: Readonly<Record<ReplyField, string>> = {
  legalBasis: ReplyErrorCode.LEGAL_BASIS_REQUIRED,
  reasons: ReplyErrorCode.REASONS_REQUIRED,
  accessInstructions: ReplyErrorCode.ACCESS_INSTRUCTIONS_REQUIRED,
  responsibleAgency: ReplyErrorCode.RESPONSIBLE_AGENCY_REQUIRED,
  referral: ReplyErrorCode.REFERRAL_REQUIRED,
};

function isPresent(reply: ReplyContent, field: ReplyField): boolean {
  const value = field === 'responsibleAgency' ? reply.responsibleAgency?.name : reply[field];
  return (value?.trim() ?? '') !== '';
}

/**
 * Checks a reply against what its outcome requires (`OUTCOME_DEFINITIONS[outcome].requires`).
 * Returns every problem at once (empty = valid) so the officer can fix the letter in one pass.
 */
export function validateReplyContent(outcome: Outcome, reply: ReplyContent): DomainError[] {
  if (!isOutcome(outcome)) {
    return [
      new DomainError(ReplyErrorCode.UNKNOWN_OUTCOME, 'Unknown outcome.', {
        outcome: String(outcome),
      }),
    ];
  }
  const { requires, englishLabel } = OUTCOME_DEFINITIONS[outcome];
  const errors: DomainError[] = [];
  for (const field of REPLY_FIELDS) {
    const present = isPresent(reply, field);
    if (requires[field] === 'required' && !present) {
      errors.push(
        new DomainError(REQUIRED_CODES[field], `A reply "${englishLabel}" must state ${field}.`, {
          outcome,
          field,
        }),
      );
    } else if (requires[field] === 'not-applicable' && present) {
      errors.push(
        new DomainError(
          ReplyErrorCode.FIELD_NOT_APPLICABLE,
          `A reply "${englishLabel}" must not carry ${field}.`,
          { outcome, field },
        ),
      );
    }
  }
  return errors;
}
