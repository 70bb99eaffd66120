// The differences between two versions of a catalog entry, computed in the page from the two version documents:
// changed fields (nested objects flattened to dotted paths) and data items added, removed or changed (by name).
const IGNORED = new Set(['version', 'status', 'dataItems'])

function flatten(value, prefix, out) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  } else {
    out[prefix] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

const show = v => (v === undefined || v === null || v === '' ? '—' : String(v))

export function diffEntries(older, newer) {
  const a = flatten(Object.fromEntries(Object.entries(older).filter(([k]) => !IGNORED.has(k))), '', {})
  const b = flatten(Object.fromEntries(Object.entries(newer).filter(([k]) => !IGNORED.has(k))), '', {})
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
    .filter(f => show(a[f]) !== show(b[f]))
    .map(f => ({ field: f, before: show(a[f]), after: show(b[f]) }))
  const itemsA = new Map((older.dataItems || []).map(i => [i.name, i]))
  const itemsB = new Map((newer.dataItems || []).map(i => [i.name, i]))
  const describe = i => Object.entries(i).filter(([k]) => k !== 'name').map(([k, v]) => `${k}=${v}`).join(', ')
  return {
    fields,
    added: [...itemsB.keys()].filter(n => !itemsA.has(n)).map(n => ({ name: n, after: describe(itemsB.get(n)) })),
    removed: [...itemsA.keys()].filter(n => !itemsB.has(n)).map(n => ({ name: n, before: describe(itemsA.get(n)) })),
    changed: [...itemsA.keys()].filter(n => itemsB.has(n) && describe(itemsA.get(n)) !== describe(itemsB.get(n)))
      .map(n => ({ name: n, before: describe(itemsA.get(n)), after: describe(itemsB.get(n)) }))
  }
}
