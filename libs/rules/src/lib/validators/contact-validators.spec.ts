import { validateEmail } from './email.js';
import { validateLandlineNumber } from './landline-number.js';
import { validateMobileNumber } from './mobile-number.js';
import { validatePhoneNumber } from './phone-number.js';
import { validatePostalCode } from './postal-code.js';
import type { ValidationResult } from './validation-result.js';

const codeOf = <T>(r: ValidationResult<T>) => (r.ok ? 'OK' : r.error.code);

describe('validateMobileNumber', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['008619912345678', '19912345678'],
  ])('accepts %s as %s', (input, value) => {
    expect(validateMobileNumber(input)).toEqual({ ok: true, value });
  });

  it.each(['12812345678', '1381234567', '138123456789', '23812345678', '１３８１２３４５６７８'])(
    'refuses %s',
    (input) => {
      expect(codeOf(validateMobileNumber(input))).toBe('APPLICATION.INVALID_MOBILE_NUMBER');
    },
  );
});

describe('validateLandlineNumber', () => {
  it.each([
    ['010-62345678', '010-62345678'],
    ['(010)62345678', '010-62345678'],
    ['（0527）8321234', '0527-8321234'],
    ['0527 8321 2345', '0527-83212345'],
    ['+86 21 6123 4567', '021-61234567'],
    ['0527-83212345 转 801', '0527-83212345-801'],
    ['010-62345678-123', '010-62345678-123'],
  ])('accepts %s as %s', (input, value) => {
    expect(validateLandlineNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    '12345678',
    '010-6234567',
    '010-02345678',
    '0527-123456',
    '0527-123456789',
    '001-12345678',
  ])('refuses %s', (input) => {
    expect(codeOf(validateLandlineNumber(input))).toBe('APPLICATION.INVALID_LANDLINE_NUMBER');
  });
});

describe('validatePhoneNumber', () => {
  it('tells a mobile from a landline', () => {
    expect(validatePhoneNumber('13812345678')).toEqual({
      ok: true,
      value: { kind: 'MOBILE', number: '13812345678' },
    });
    expect(validatePhoneNumber('021-61234567')).toEqual({
      ok: true,
      value: { kind: 'LANDLINE', number: '021-61234567' },
    });
    expect(codeOf(validatePhoneNumber('12345'))).toBe('APPLICATION.INVALID_PHONE_NUMBER');
  });
});

describe('validatePostalCode', () => {
  it('wants exactly six digits', () => {
    expect(validatePostalCode(' 223600 ')).toEqual({ ok: true, value: '223600' });
    for (const bad of ['22360', '2236000', '22360A', '']) {
      expect(codeOf(validatePostalCode(bad))).toBe('APPLICATION.INVALID_POSTAL_CODE');
    }
  });
});

describe('validateEmail', () => {
  it.each([
    ['zhang.san@Example.COM', 'zhang.san@example.com'],
    ['a+tag@mail.gov.cn', 'a+tag@mail.gov.cn'],
    ['info@政府.中国', 'info@政府.中国'],
    ['x@xn--fiqs8s.xn--fiqz9s', 'x@xn--fiqs8s.xn--fiqz9s'],
  ])('accepts %s as %s', (input, value) => {
    expect(validateEmail(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['plainaddress', 'FORMAT'],
    ['@example.com', 'FORMAT'],
    ['a..b@example.com', 'LOCAL_PART'],
    ['a b@example.com', 'LOCAL_PART'],
    ['a@localhost', 'DOMAIN'],
    ['a@-bad.com', 'DOMAIN'],
    ['a@example.c', 'DOMAIN'],
    ['a@example.123', 'DOMAIN'],
    [`${'a'.repeat(65)}@example.com`, 'LOCAL_PART'],
  ])('refuses %s (%s)', (input, reason) => {
    const r = validateEmail(input);
    expect(r.ok ? 'OK' : [r.error.code, r.error.details['reason']]).toEqual([
      'APPLICATION.INVALID_EMAIL',
      reason,
    ]);
  });
});
