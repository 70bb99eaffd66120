import { routeForRefusal } from '../router'

/** Shows an API failure: 401/403 go to their pages, anything else is a message naming the server's detail. */
export function reportError(error, roles) {
  if (routeForRefusal(error, roles)) return
  const fields = (error.errors || []).map(e => `${e.field}: ${e.message}`).join('；')
  ElMessage.error({ message: fields ? `${error.message}（${fields}）` : error.message, grouping: true })
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/** The first `limit` rows of RFC 4180 CSV (quotes, doubled quotes, CRLF), without a leading BOM. */
export function parseCsv(text, limit) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (let i = 0; i < s.length && rows.length <= limit; i++) {
    const c = s[i]
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(field); rows.push(row); row = []; field = ''
    } else field += c
  }
  if ((field || row.length) && rows.length <= limit) { row.push(field); rows.push(row) }
  const [header = [], ...body] = rows
  return { header, rows: body.slice(0, limit) }
}

export async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer)
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('')
}

/** Reads a response body only until `limit` CSV lines have arrived, then stops the download. */
export async function readCsvHead(response, limit) {
  const reader = response.body.getReader()
  const decoder = new TextDecoder('utf-8')
  let text = ''
  let lines = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const chunk = decoder.decode(value, { stream: true })
    text += chunk
    lines += (chunk.match(/\n/g) || []).length
    if (lines > limit + 1) { await reader.cancel(); break }
  }
  return parseCsv(text, limit)
}

/** Every day from `from` to `to` (ISO dates, both included): the x axis of the per-day charts. */
export function days(from, to) {
  const list = []
  for (let d = new Date(from + 'T00:00:00Z'); d <= new Date(to + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    list.push(d.toISOString().substring(0, 10))
  }
  return list
}

/** An instant from the API (ISO, UTC) as the user's local date and time, "YYYY-MM-DD HH:mm". */
export function formatTime(iso) {
  if (!iso) return '—'
  const d = new Date(iso)
  const p = n => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
