const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value is a UUID in its canonical text form: ids from a request are checked with it
 * before they reach PostgreSQL, which would refuse anything else with an error of its own.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
