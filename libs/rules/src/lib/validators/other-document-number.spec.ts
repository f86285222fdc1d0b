import { validateOtherDocumentNumber } from './other-document-number.js';

describe('validateOtherDocumentNumber', () => {
  it('accepts passport and permit numbers, upper-cased without spaces', () => {
    expect(validateOtherDocumentNumber(' e1234 5678 ')).toEqual({ ok: true, value: 'E12345678' });
    expect(validateOtherDocumentNumber('H-1234567')).toEqual({ ok: true, value: 'H-1234567' });
  });

  it.each(['1234', 'E1234/5678', '护照12345', 'A'.repeat(31)])('refuses %s', (input) => {
    const r = validateOtherDocumentNumber(input);
    expect(r.ok ? 'OK' : [r.error.code, r.error.details['reason']]).toEqual([
      'APPLICATION.INVALID_ID_NUMBER',
      'FORMAT',
    ]);
  });
});
