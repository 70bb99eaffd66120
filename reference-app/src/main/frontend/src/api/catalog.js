import { api, query } from './client'

// The catalog (io.govshare.app.catalog): entries (resources) by their code 分类码/顺序码, validation, the
// lifecycle, versions, bulk import and statistics. The sharing portal reads it, the console writes it.

const resource = code => '/api/v1/catalog/resources/' + code

/** Full-text search with filters: params { q, page, size, classification, kind, provider, status, … }. */
export const searchResources = params => api.get('/api/v1/catalog/resources?' + query(params))

export const getResource = code => api.get(resource(code))

/** A new entry (status DRAFT); answers the entry with its code. */
export const createResource = entry => api.post('/api/v1/catalog/resources', entry)

/** Saves a new version; entry.version is the version edited (optimistic locking). */
export const updateResource = (code, entry) => api.put(resource(code), entry)

/** The rules' verdict on an entry without saving it: { valid, violations }. */
export const validateResource = entry => api.post('/api/v1/catalog/validations', entry)

/** action: SUBMIT, APPROVE, REJECT, PUBLISH or RETIRE; reason for REJECT and RETIRE. */
export const transitionResource = (code, action, reason) => api.post(resource(code) + '/transitions', { action, reason })

/** Every saved version, newest first, each with the whole entry. */
export const listVersions = code => api.get(resource(code) + '/versions')

/** Imports a JSON array or the CSV template; atomic: all or nothing. Answers the per-row report. */
export const importResources = (text, contentType, atomic) =>
  api.postText(`/api/v1/catalog/imports?atomic=${atomic}`, text, contentType)

/** Where the browser downloads the CSV template of the import (a link, not a call). */
export const IMPORT_TEMPLATE_URL = '/api/v1/catalog/imports/template'

/** Entries per department, kind and share type. */
export const catalogStatistics = () => api.get('/api/v1/catalog/statistics')
