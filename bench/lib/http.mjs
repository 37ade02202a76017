import { randomUUID } from 'node:crypto';

/**
 * One HTTP call to a server under test, failing loudly on anything but 2xx: seeding and the
 * pre-flight check of every scenario must never carry on past a wrong answer.
 * @param {string} baseUrl
 * @param {import('./generate-load.mjs').BenchRequest} request
 */
export async function send(baseUrl, request) {
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.freshId ? request.body?.replaceAll(request.freshId, () => randomUUID()) : request.body,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${request.method ?? 'GET'} ${request.path} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

/** A JSON request in the shape scenarios return. */
export function jsonRequest(method, path, body, headers = {}) {
  return { method, path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
