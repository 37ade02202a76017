import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { inlineJobQueue } from '../jobs/job-queue.js';
import { createMailService } from './mail-service.js';

/** Just enough of an SMTP server to accept messages, so delivery is tested over a real socket. */
function startSmtpSink() {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    let inData = false;
    let data = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('utf8').split('\r\n')) {
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            data = '';
            socket.write('250 queued\r\n');
          } else data += line + '\n';
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (!line) continue;
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise<{ port: number; received: string[]; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, received, close: () => server.close() });
    });
  });
}

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp();
  t.ctx.mail = await createMailService({ db: t.ctx.db, smtpUrl: `smtp://127.0.0.1:${sink.port}`, jobs: inlineJobQueue() });
});
afterAll(async () => {
  await t.close();
  sink.close();
});

describe('mail delivery with SMTP_URL', () => {
  it('queues the message in the write and delivers it after commit', async () => {
    const org = await t.factories.organization({ name: 'Harbor Schools' });
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${org.id}/invitations`, headers: admin.auth, payload: { email: 'smtp@example.org', role: 'viewer' } });
    expect(res.statusCode).toBe(201);
    const message = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', 'smtp@example.org').executeTakeFirstOrThrow();
    expect(message.status).toBe('sent');
    expect(message.sent_at).not.toBeNull();
    expect(sink.received.join('\n')).toContain('Harbor Schools');
  });
});
