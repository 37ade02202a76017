import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * First-run setup only works on an empty database, so a PostgreSQL bench gets a database of its
 * own on the server BENCH_DATABASE_URL names, and drops it afterwards.
 * @param {string} serverUrl
 */
export async function createScratchDatabase(serverUrl) {
  const name = `waymark_bench_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.href,
    drop: () => withClient(serverUrl, (client) => dropWhenClosed(client, name)),
  };
}

/**
 * A closed pg pool ends its connections without waiting for them to go, so right after the server
 * stops they may still be saying goodbye. Forcing the drop then kills them, which surfaces as an
 * 'error' event on a pool nobody listens to any more and ends the bench process; so the drop waits
 * for them (up to 5 s) and forces only past that.
 */
async function dropWhenClosed(client, name) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await client.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      // 55006: object_in_use, "database is being accessed by other users".
      if (error?.code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await client.query(`drop database if exists ${name} with (force)`);
}

async function withClient(connectionString, use) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
