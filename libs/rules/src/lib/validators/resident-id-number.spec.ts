import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay } from '../date/local-date.js';
import { maskIdNumber } from './mask-id-number.js';
import { residentIdCheckCharacter, validateResidentIdNumber } from './resident-id-number.js';

const TODAY = '2026-11-26';
const CODE = 'APPLICATION.INVALID_ID_NUMBER';

const reasonOf = (input: string, today = TODAY) => {
  const r = validateResidentIdNumber(input, today);
  return r.ok ? 'OK' : (expect(r.error.code).toBe(CODE), r.error.details['reason']);
};

/** Generates valid 18-digit numbers: a known province, any county, a birth date up to `TODAY`. */
const validIdArb = fc
  .record({
    province: fc.constantFrom('11', '12', '31', '32', '44', '50', '65', '81', '83'),
    county: fc.integer({ min: 0, max: 9999 }),
    birth: fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay(TODAY) }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, county, birth, sequence }) => {
    const first17 = `${province}${String(county).padStart(4, '0')}${fromEpochDay(birth).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return first17 + residentIdCheckCharacter(first17);
  });

describe('validateResidentIdNumber (GB 11643)', () => {
  it('accepts the standard’s own example, with a lower-case x and spaces', () => {
    expect(validateResidentIdNumber(' 11010519491231002x ', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31' },
    });
  });

  it.each([
    ['1101051949123100', 'FORMAT'],
    ['1101051949123100211', 'FORMAT'],
    ['11010519491231002Y', 'FORMAT'],
    ['99010519491231002X', 'REGION'],
    ['00010519491231002X', 'REGION'],
    ['110105194902300020', 'BIRTH_DATE'],
    ['11010519491231002 ', 'FORMAT'],
    ['110105194912310021', 'CHECK_DIGIT'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it('refuses a birth date after today, and accepts one born today', () => {
    const first17 = `11010520261127${'001'}`;
    const bornTomorrow = first17 + residentIdCheckCharacter(first17);
    expect(reasonOf(bornTomorrow)).toBe('BIRTH_DATE');
    expect(reasonOf(bornTomorrow, addDays(TODAY, 1))).toBe('OK');
  });

  it('never echoes the number in its message', () => {
    const r = validateResidentIdNumber('110105194912310021', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).not.toContain('1101');
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validIdArb, (id) => expect(reasonOf(id)).toBe('OK')));
  });

  it('always rejects a wrong check digit', () => {
    fc.assert(
      fc.property(validIdArb, fc.constantFrom(...'0123456789X'), (id, wrong) => {
        fc.pre(wrong !== id[17]);
        expect(reasonOf(id.slice(0, 17) + wrong)).toBe('CHECK_DIGIT');
      }),
    );
  });

  it('catches any single changed digit among the first 17', () => {
    fc.assert(
      fc.property(
        validIdArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, at, delta) => {
          const changed =
            id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
          expect(reasonOf(changed)).not.toBe('OK');
        },
      ),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-digit number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('keeps only the tail of shorter document numbers, and nothing of very short ones', () => {
    expect(maskIdNumber('E12345678')).toBe('*****5678');
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });

  it('never reveals more than 10 characters, and keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789X'), maxLength: 30 }), (s) => {
        const masked = maskIdNumber(s);
        expect(masked).toHaveLength(s.length);
        expect([...masked].filter((c) => c !== '*').length).toBeLessThanOrEqual(
          Math.min(10, Math.max(0, s.length - 4)),
        );
      }),
    );
  });
});
