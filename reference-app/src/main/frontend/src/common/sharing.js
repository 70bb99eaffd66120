import { reactive } from 'vue'
import { listDepartments } from '../api/admin'
import { listNotifications } from '../api/share'
import { session } from './session'

// Who uses which part: the sharing portal is for department staff and the platform; the console for those who
// write or review catalog entries. The server checks every action again.
export const PORTAL_ROLES = ['CONSUMER', 'DEPT_CATALOGUER', 'DEPT_REVIEWER', 'PLATFORM_REVIEWER', 'PLATFORM_ADMIN', 'AUDITOR']
export const CONSOLE_ROLES = ['DEPT_CATALOGUER', 'DEPT_REVIEWER', 'PLATFORM_REVIEWER', 'PLATFORM_ADMIN']

/** Route params of a resource code: 分类码/顺序码 are two path segments, as in the API. */
export function codeParams(code) {
  const [cls, seq] = code.split('/')
  return { cls, seq }
}

/** A data item's share type: its own, or the entry's when the item has none. */
export function itemShareType(item, entry) {
  return item.shareType || entry.share?.type || 'NONE'
}

export const shareTagType = { UNCONDITIONAL: 'success', CONDITIONAL: 'warning', NONE: 'info' }

// departments change rarely: read once per page load
let departmentsLoad = null
export const departments = reactive({ list: [], byCode: {} })

export function loadDepartments() {
  departmentsLoad ??= listDepartments().then(list => {
    departments.list = list
    departments.byCode = Object.fromEntries(list.map(d => [d.code, d]))
    return list
  }).catch(e => { departmentsLoad = null; throw e })
  return departmentsLoad
}

export function departmentName(code) {
  return departments.byCode[code]?.name || code
}

export function myDepartment() {
  return session.user?.departmentCode || null
}

// the unread count shown in the header; pages that read notifications refresh it
export const unread = reactive({ count: 0 })

export async function refreshUnread() {
  if (!session.user || !session.user.roles.some(r => PORTAL_ROLES.includes(r))) {
    unread.count = 0
    return
  }
  try {
    unread.count = (await listNotifications(true)).unread
  } catch {
    // the badge is a hint; the notifications page reports failures
  }
}
