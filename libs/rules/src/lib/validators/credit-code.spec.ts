import fc from 'fast-check';
import { creditCodeCheckCharacter, validateCreditCode } from './credit-code.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const reasonOf = (input: string) => {
  const r = validateCreditCode(input);
  return r.ok
    ? 'OK'
    : (expect(r.error.code).toBe('APPLICATION.INVALID_CREDIT_CODE'), r.error.details['reason']);
};

const validCodeArb = fc
  .record({
    head: fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 2, maxLength: 2 }),
    region: fc.integer({ min: 0, max: 999_999 }),
    org: fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 9, maxLength: 9 }),
  })
  .map(({ head, region, org }) => {
    const first17 = head + String(region).padStart(6, '0') + org;
    return first17 + creditCodeCheckCharacter(first17);
  });

describe('validateCreditCode (GB 32100)', () => {
  it('accepts the code printed in the standard’s examples, normalising case and spaces', () => {
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
  });

  it.each([
    ['91350100M000100Y4', 'FORMAT'],
    ['91350100M000100I43', 'CHARSET'],
    ['91350100M000100O43', 'CHARSET'],
    ['913501A0M000100Y43', 'REGION'],
    ['91350100M000100Y44', 'CHECK_CHARACTER'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it('accepts every generated valid code and rejects every wrong check character', () => {
    fc.assert(
      fc.property(validCodeArb, fc.constantFrom(...CHARSET), (code, wrong) => {
        expect(reasonOf(code)).toBe('OK');
        fc.pre(wrong !== code[17]);
        expect(reasonOf(code.slice(0, 17) + wrong)).toBe('CHECK_CHARACTER');
      }),
    );
  });
});
