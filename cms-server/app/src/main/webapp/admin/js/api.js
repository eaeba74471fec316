// The console's only way to the server: /api/v1 on the same origin, authenticated by the
// HttpOnly session cookie the browser sends by itself. Writes carry the CSRF token, which lives
// in this module's memory only (never in storage) and comes from the login or GET /auth/session.

const BASE = new URL('../api/v1/', document.baseURI);
const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

let csrfToken = null;
let onUnauthenticated = () => {};

/** An error the API answered: status, message, field errors and, on 409, the current state. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
    this.current = body?.current ?? null;
    this.body = body;
  }

  /** The reason given for a field path (e.g. `policy.docNo`), or null. */
  reasonFor(field) {
    return this.errors.find((e) => e.field === field)?.reason ?? null;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** What happens when the session is gone (expired, logged out elsewhere): the login screen. */
export function whenUnauthenticated(handler) {
  onUnauthenticated = handler;
}

/** The absolute URL of an API path with query parameters (null/empty values left out). */
export function apiUrl(path, query = {}) {
  const url = new URL(path.replace(/^\//, ''), BASE);
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  return url;
}

async function request(method, path, { body, query, headers = {}, raw = false } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      init.body = body;
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  if (WRITES.has(method) && csrfToken) init.headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(apiUrl(path, query), init);
  } catch (networkFailure) {
    throw new ApiError(0, { message: networkFailure.message });
  }
  if (raw && response.ok) return response;
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { message: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, parsed);
    if (response.status === 401 && !path.startsWith('auth/session')) onUnauthenticated(error);
    throw error;
  }
  return parsed;
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, body, query) => request('POST', path, { body, query }),
  put: (path, body, query) => request('PUT', path, { body, query }),
  del: (path, query) => request('DELETE', path, { query }),
  /** GET answering the Response itself (for HTML or files). */
  raw: (path, query) => request('GET', path, { query, raw: true }),
};

/**
 * Uploads bytes with progress (fetch has no upload progress): `onProgress(fraction)`. Resolves
 * with the parsed answer; rejects with an ApiError like every other call.
 */
export function upload(method, path, file, query, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, apiUrl(path, query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = { message: xhr.responseText.slice(0, 200) };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else {
        const error = new ApiError(xhr.status, body);
        if (xhr.status === 401) onUnauthenticated(error);
        reject(error);
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { message: 'network error' })));
    xhr.send(file);
  });
}
