import { api, query, request } from './client'

// The open-data portal (io.govshare.app.opendata): datasets, their files and feedback, applications for
// 有条件开放 data and API keys, download statistics; the licence from the CKAN-compatible API.

const dataset = id => `/api/v1/open/datasets/${encodeURIComponent(id)}`

/** Counts for the home and statistics pages: open and published datasets, downloads per day and per dataset. */
export const openStatistics = () => api.get('/api/v1/open/statistics')

/** A page of datasets: params { q, page, size } (unset ones left out). */
export const listDatasets = params => api.get('/api/v1/open/datasets?' + query(params))

export const getDataset = id => api.get(dataset(id))

export const listFeedback = id => api.get(dataset(id) + '/feedback')

/** feedback: { rating, comment? } */
export const sendFeedback = (id, feedback) => api.post(dataset(id) + '/feedback', feedback)

/** A public user asks to use 有条件开放 data. */
export const applyForDataset = (id, purpose) => api.post(dataset(id) + '/applications', { purpose })

/** The dataset's CKAN package (package_show), which carries the platform's licence. */
export const getCkanPackage = id => api.get(`/api/3/action/package_show?id=${encodeURIComponent(id)}`)

/** The head of a release file (a range request, which the platform does not count as a download), as a Response. */
export const readFileHead = downloadUrl =>
  request('GET', downloadUrl, { raw: true, headers: { Accept: 'text/csv', Range: 'bytes=0-65535' } })

/** A whole release file with an API key (有条件开放 data), as a Response. */
export const downloadWithKey = (downloadUrl, apiKey) =>
  request('GET', downloadUrl, { raw: true, headers: { 'X-API-Key': apiKey, Accept: 'text/csv' } })

// the signed-in public user's applications and keys
export const listMyApplications = () => api.get('/api/v1/open/applications')

/** Hands out the key of an approved application; the server shows it this once. */
export const collectApiKey = applicationId => api.post(`/api/v1/open/applications/${applicationId}/api-key`)

export const listApiKeys = () => api.get('/api/v1/open/api-keys')

export const createApiKey = () => api.post('/api/v1/open/api-keys')

export const revokeApiKey = keyId => api.del(`/api/v1/open/api-keys/${keyId}`)

// What the developer page and the footer show to people (links and documentation, not calls)
export const CKAN_PACKAGE_LIST_URL = '/api/3/action/package_list'

/** The curl example of the data API, on this platform's origin. */
export const recordsExample = origin => `curl -H "X-API-Key: gsk_…" "${origin}/api/v1/open/datasets/{id}/records?page=1&size=100"`

/** The main endpoints of the open-data API as the developer page lists them: method, path, message key. */
export const DOCUMENTED_ENDPOINTS = [
  { method: 'GET', path: '/api/v1/open/datasets?q=&page=&size=', what: 'docs.e1' },
  { method: 'GET', path: '/api/v1/open/datasets/{id}', what: 'docs.e2' },
  { method: 'GET', path: '/api/v1/open/datasets/{id}/download?format=&version=', what: 'docs.e3' },
  { method: 'GET', path: '/api/v1/open/datasets/{id}/records?page=&size=&{数据项}=', what: 'docs.e4' },
  { method: 'GET', path: '/api/v1/open/statistics?from=&to=', what: 'docs.e5' }
]
