// Calls to the Nexus HTTP API. Errors arrive as problem-details JSON and surface as ApiError
// carrying the server's one-sentence explanation.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function url(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
  }
  const text = query.toString();
  return `/api${path}${text ? '?' + text : ''}`;
}

async function read(response) {
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : '';
    throw new ApiError(response.status, errors || body?.detail || body?.title || `The server answered ${response.status}.`);
  }
  return body;
}

export const get = (path, params) => follow(url(path, params));

/** Fetches a link the API handed out (a group's `next` page), as it is. */
export const follow = (link) => fetch(link, { headers: { accept: 'application/json' } }).then(read);

export const post = (path, body) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  }).then(read);

export function upload(files, fields) {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  return fetch(url('/ingest'), { method: 'POST', headers: { 'X-Nexus-Request': '1' }, body: form }).then(read);
}

export const enc = encodeURIComponent;
