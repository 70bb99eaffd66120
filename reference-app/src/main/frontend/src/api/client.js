// How the UI talks to the platform, under the API module of each feature (auth.js, open.js, catalog.js, share.js,
// admin.js, map.js: the pages call their named functions and never build an endpoint's URL). The session token lives in an HttpOnly cookie that scripts cannot
// read; unsafe requests carry the CSRF token from the readable govshare_csrf cookie (see BrowserSession.java).

const CSRF_COOKIE = 'govshare_csrf'
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** An answer other than 2xx, with the problem+json fields when the server sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.errors = problem?.errors || []
    this.report = problem?.report || null // a rejected catalog import's per-row report
  }
}

export function csrfToken() {
  const entry = document.cookie.split('; ').find(c => c.startsWith(CSRF_COOKIE + '='))
  return entry ? decodeURIComponent(entry.substring(CSRF_COOKIE.length + 1)) : null
}

/** fetch with the session cookie, the CSRF header on unsafe methods, JSON in and out, problems as ApiError. */
export async function request(method, path, { body, text, contentType, headers = {}, raw = false, signal } = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers }
  if (body !== undefined) h['Content-Type'] = 'application/json'
  if (text !== undefined) h['Content-Type'] = contentType
  if (!SAFE.has(method)) {
    const csrf = csrfToken()
    if (csrf) h['X-CSRF-Token'] = csrf
  }
  const response = await fetch(path, {
    method, headers: h, credentials: 'same-origin', signal,
    body: text !== undefined ? text : body === undefined ? undefined : JSON.stringify(body)
  })
  if (!response.ok) {
    let problem = null
    try { problem = await response.json() } catch { /* not JSON */ }
    throw new ApiError(response.status, problem)
  }
  if (raw) return response
  if (response.status === 204) return null
  return response.json()
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options) => request('POST', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  /** a body sent as it is (a file's text), e.g. text/csv */
  postText: (path, text, contentType, options) => request('POST', path, { ...options, text, contentType }),
  del: (path, options) => request('DELETE', path, options)
}

/** The query string of the params that are set. */
export function query(params) {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  return q
}
