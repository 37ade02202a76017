import { loadConfig } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startServer } from './start-server.js';

/** `npm start`: the server and the web application on one port. */
async function main() {
  const config = loadConfig();
  const server = await startServer(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  const address = config.port === 0 ? server.url : config.publicUrl;
  console.log(`Waymark is running at ${address} with ${where}.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received; stopping.`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Waymark could not start:', error instanceof Error ? error.message : error);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
  }
  process.exit(1);
});
