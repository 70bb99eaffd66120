import { api } from './client'

// The browser session (io.govshare.app.identity): the JWT stays in an HttpOnly cookie; see client.js for the CSRF
// header.

/** The signed-in user (any role, public users included); ApiError 401 without a session. */
export const getSession = () => api.get('/api/v1/auth/session')

/** Checks the password and sets the session and CSRF cookies. */
export const createSession = (username, password) => api.post('/api/v1/auth/session', { username, password })

/** Clears both cookies. */
export const deleteSession = () => api.del('/api/v1/auth/session')

/** A member of the public registers an account (then signs in). */
export const registerPublicAccount = account => api.post('/api/v1/open/accounts', account)
