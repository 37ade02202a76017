import type { TestApp } from './test-app.js';

type Caller = { auth: Record<string, string> };

/**
 * Calls the cycle API as someone, answering status and body; shared by the cycle tests. It
 * imports types only, so the production build, which compiles it, pulls in no test code.
 */
export function cycleApi(t: TestApp) {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, caller: Caller, payload?: object) => {
    const res = await t.app.inject({ method, url, headers: caller.auth, ...(payload ? { payload } : {}) });
    // Bodies are untyped here: the tests' assertions are what check them.
    return { status: res.statusCode, body: res.json() as any };
  };
  const expectStatus = (res: { status: number; body: unknown }, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as any;
  };
  return {
    call,
    async start(districtId: string, caller: Caller, body: { templateId: string; name?: string; startDate?: string }) {
      return expectStatus(await call('POST', `/api/districts/${districtId}/cycles`, caller, { name: 'Our plan', startDate: '2026-01-05', ...body }), 201);
    },
    async read(cycleId: string, caller: Caller) {
      return expectStatus(await call('GET', `/api/cycles/${cycleId}`, caller), 200);
    },
  };
}
