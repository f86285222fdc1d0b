import pg from 'pg';

/**
 * Creates the database named in `databaseUrl` when it does not exist yet. It connects to the
 * target first, so a database user without access to the `postgres` maintenance database can
 * migrate a database that already exists.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const target = new pg.Client({ connectionString: databaseUrl });
  try {
    await target.connect();
    await target.end();
    return false;
  } catch (error) {
    await target.end().catch(() => undefined);
    // 3D000 = invalid_catalog_name: the database does not exist. Anything else is a real failure.
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database "${name.replaceAll('"', '""')}"`);
    return true;
  } catch (error) {
    // 42P04 = duplicate_database: created concurrently by another process.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}
