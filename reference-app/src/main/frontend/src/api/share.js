import { api } from './client'

// The sharing portal (io.govshare.app.sharing): applications with their conformity review and the provider's
// decision, subscriptions, missing-resource requests (demands), to-dos and notifications; exchange statistics.

const applications = '/api/v1/sharing/applications'
const subscriptions = '/api/v1/sharing/subscriptions'
const demands = '/api/v1/sharing/demands'
const notifications = '/api/v1/sharing/notifications'

/** A department applies for a resource: { resourceCode, items, purpose, legalBasis?, periodFrom, periodTo }. */
export const applyForResource = application => api.post(applications, application)

/** scope: mine, provider or all. */
export const listApplications = scope => api.get(`${applications}?scope=${scope}&size=100`)

export const getApplication = id => api.get(`${applications}/${id}`)

export const withdrawApplication = id => api.post(`${applications}/${id}/withdraw`)

/** The platform reviewer's conformity review: decision PASS or REFUSE. */
export const reviewConformity = (id, decision, reason) => api.post(`${applications}/${id}/conformity`, { decision, reason })

/** The provider's decision: APPROVE or REFUSE. */
export const decideApplication = (id, decision, reason) => api.post(`${applications}/${id}/decision`, { decision, reason })

/** Subscribes to what an approved application grants. */
export const subscribe = applicationId => api.post(subscriptions, { applicationId })

export const listSubscriptions = () => api.get(subscriptions)

/** action: pause, resume or cancel. */
export const changeSubscription = (id, action) => api.post(`${subscriptions}/${id}/${action}`)

export const listDemands = () => api.get(`${demands}?size=100`)

export const getDemand = id => api.get(`${demands}/${id}`)

/** { targetDepartment, title, description } */
export const raiseDemand = demand => api.post(demands, demand)

export const answerDemand = (id, resourceCode) => api.post(`${demands}/${id}/answer`, { resourceCode })

export const refuseDemand = (id, reason) => api.post(`${demands}/${id}/refuse`, { reason })

/** The signed-in user's to-dos, soonest deadline first, and how many are overdue. */
export const listTodos = () => api.get('/api/v1/sharing/todos')

export const listNotifications = unreadOnly => api.get(notifications + (unreadOnly ? '?unread=true' : ''))

export const markNotificationRead = id => api.post(`${notifications}/${id}/read`)

/** Packets and records exchanged per day and per resource (platform roles). */
export const exchangeStatistics = () => api.get('/api/v1/exchange/statistics')
