import { reactive } from 'vue'
import { ApiError, csrfToken } from '../api/client'
import { createSession, deleteSession, getSession } from '../api/auth'

// Who is signed in, as the server says (GET /api/v1/auth/session). Nothing about the session is stored by the
// page: a reload asks the server again.
export const session = reactive({ user: null, checked: false })

export async function loadSession() {
  // the readable CSRF cookie lives exactly as long as the HttpOnly session cookie: without it there is no session
  // to ask about (and no 401 to log in the console)
  if (!csrfToken()) {
    session.user = null
    session.checked = true
    return null
  }
  try {
    session.user = await getSession()
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e
    session.user = null
  }
  session.checked = true
  return session.user
}

let firstCheck = null

/** The first look at the session after the page loaded; route guards wait for it before judging access. */
export function sessionChecked() {
  firstCheck ??= loadSession().catch(() => null)
  return firstCheck
}

export async function login(username, password) {
  await createSession(username, password)
  return loadSession()
}

export async function logout() {
  await deleteSession()
  session.user = null
  apiKeys.clear()
}

export function hasRole(...roles) {
  return !!session.user && session.user.roles.some(r => roles.includes(r))
}

// API keys collected in this tab, by dataset id: kept in memory only, gone on reload (the server shows a key once;
// the user is told to save it).
export const apiKeys = reactive(new Map())
