import { DomainError, validateEmail } from '@gongkai/rules';
import { IdentityErrorCode } from './identity-error-code.js';

/** Password length bounds: long enough to resist guessing, short enough to bound argon2's work. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 100;

function invalid(field: string, reason: string, message: string): DomainError {
  return new DomainError(IdentityErrorCode.INVALID_INPUT, message, { field, reason });
}

/** The e-mail as stored (trimmed, lower-cased), or ACCOUNT.INVALID_INPUT. */
export function checkedEmail(input: string): string {
  const result = validateEmail(input);
  if (!result.ok) throw invalid('email', 'INVALID_EMAIL', '邮箱地址无效 (not an e-mail address)');
  return result.value.toLowerCase();
}

export function checkedPassword(input: string): string {
  if (input.length < PASSWORD_MIN_LENGTH || input.length > PASSWORD_MAX_LENGTH) {
    throw invalid(
      'password',
      'LENGTH',
      `密码须为 ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} 个字符 (password length)`,
    );
  }
  return input;
}

export function checkedDisplayName(input: string): string {
  const name = input.trim();
  if (name === '' || name.length > DISPLAY_NAME_MAX_LENGTH) {
    throw invalid('name', 'LENGTH', `姓名须为 1–${DISPLAY_NAME_MAX_LENGTH} 个字符 (name length)`);
  }
  return name;
}
