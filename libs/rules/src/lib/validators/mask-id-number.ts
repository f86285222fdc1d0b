/**
 * Masks an identity document number for display and logs. An 18-digit resident ID keeps its
 * first 6 (region) and last 4 characters: `110101********1234`. Shorter numbers (passports,
 * permits) keep only their last 4 when at least as many are hidden, else nothing.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  const keepEnd = 4;
  const keepStart = value.length >= 6 + keepEnd + 4 ? 6 : 0;
  if (value.length - keepStart - keepEnd < 4) return '*'.repeat(value.length);
  return (
    value.slice(0, keepStart) +
    '*'.repeat(value.length - keepStart - keepEnd) +
    value.slice(-keepEnd)
  );
}
