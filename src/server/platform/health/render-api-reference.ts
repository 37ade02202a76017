
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The parts of the OpenAPI document the reference page reads. */
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation>>;
}

export interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

/** A plain, accessible HTML page listing every operation by tag, with its parameters and schemas. */
export function renderApiReference(doc: OpenApiDocument): string {
  const byTag = new Map<string, Array<{ method: string; path: string; op: OpenApiOperation }>>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const sections = tags
    .map((tag) => {
      const ops = byTag.get(tag)!.map(({ method, path, op }) => renderOperation(method, path, op)).join('\n');
      return `<section aria-labelledby="tag-${escape(tag)}"><h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${ops}</section>`;
    })
    .join('\n');
  const toc = tags.map((tag) => `<li><a href="#tag-${escape(tag)}">${escape(tag)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b2430;background:#f7f8fa}
header,main{max-width:960px;margin:0 auto;padding:1rem 1.25rem}
h1{margin:.5rem 0}h2{border-bottom:2px solid #d5dae1;padding-bottom:.25rem;margin-top:2rem;text-transform:capitalize}
details{background:#fff;border:1px solid #d5dae1;border-radius:6px;margin:.5rem 0}
summary{cursor:pointer;padding:.6rem .8rem;display:flex;gap:.75rem;align-items:baseline;flex-wrap:wrap}
summary:focus-visible,a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.method{font:700 .8rem/1 ui-monospace,monospace;text-transform:uppercase;padding:.3rem .45rem;border-radius:4px;background:#1e3a8a;color:#fff;min-width:3.6rem;text-align:center}
.method-post{background:#166534}.method-delete{background:#991b1b}.method-patch,.method-put{background:#854d0e}
code{font-family:ui-monospace,monospace}.body{padding:0 .8rem .8rem}
pre{background:#0f172a;color:#e2e8f0;padding:.75rem;border-radius:6px;overflow:auto;font-size:.85rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #e5e7eb;padding:.3rem}
a{color:#1d4ed8}
</style></head>
<body><header><h1>${escape(doc.info.title)} reference</h1><p>${escape(doc.info.description ?? '')}</p>
<p>Machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Sections"><ul>${toc}</ul></nav></header>
<main>${sections}</main></body></html>`;
}

function renderOperation(method: string, path: string, op: OpenApiOperation): string {
  const params = (op.parameters ?? [])
    .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escape(JSON.stringify(p.schema ?? {}))}</code></td></tr>`)
    .join('');
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const schema = r.content?.['application/json']?.schema;
      return `<h4>${escape(status)}</h4>${schema ? `<pre>${escape(JSON.stringify(schema, null, 2))}</pre>` : `<p>${escape(r.description ?? 'No body')}</p>`}`;
    })
    .join('');
  return `<details><summary><span class="method method-${method}">${method}</span><code>${escape(path)}</code><span>${escape(op.summary ?? '')}</span></summary>
<div class="body">${op.description ? `<p>${escape(op.description)}</p>` : ''}
${params ? `<h3>Parameters</h3><table><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Schema</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${body ? `<h3>Request body</h3><pre>${escape(JSON.stringify(body, null, 2))}</pre>` : ''}
<h3>Responses</h3>${responses}</div></details>`;
}
