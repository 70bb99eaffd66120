import { codes as catalogKind } from '@codelists/catalog-kind.json'
import { codes as catalogStatus } from '@codelists/catalog-status.json'
import { codes as dataItemType } from '@codelists/data-item-type.json'
import { codes as formatType } from '@codelists/format-type.json'
import { codes as openType } from '@codelists/open-type.json'
import { codes as shareMethod } from '@codelists/share-method.json'
import { codes as shareType } from '@codelists/share-type.json'
import { codes as updateCycle } from '@codelists/update-cycle.json'

// The code lists of the catalog as standards/codelists states them (codes, zh and en labels), read at build time
// (the @codelists alias in vite.config.js): the UI writes no code list and no label of its own. Each list is
// known by its message key, so pages label a code with t('shareType.' + code).
const LISTS = {
  kind: catalogKind,
  catStatus: catalogStatus,
  itemType: dataItemType,
  format: formatType,
  openType,
  method: shareMethod,
  shareType,
  cycle: updateCycle
}

/** The codes of each list in the standard's order, e.g. CODES.shareType: the options of a select. */
export const CODES = Object.fromEntries(Object.entries(LISTS).map(([key, list]) => [key, list.map(c => c.code)]))

/** An entry's label (zh or en field of a code-list entry) in a UI locale, zh-CN or en. */
export const label = (entry, locale) => (locale === 'en' ? entry.en : entry.zh)

/** Every list's labels as the vue-i18n messages of a locale: { shareType: { UNCONDITIONAL: '无条件共享', … }, … }. */
export function codelistMessages(locale) {
  return Object.fromEntries(Object.entries(LISTS).map(([key, list]) =>
    [key, Object.fromEntries(list.map(c => [c.code, label(c, locale)]))]))
}
