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
    drop: () => withClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
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
