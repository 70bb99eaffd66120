import { codes as base } from '@codelists/base-classes.json'
import { codes as theme } from '@codelists/theme-classes.json'
import { label } from '../common/codelists'

// The classification tree of the 编制指南: 类 (1 基础, 2 主题, 3 部门) and 项 — base and theme 项 from the code lists
// in standards/, department 项 from the registered departments' numbers. A node's key is the code prefix the
// catalog search filters by (classification=).
export function classificationTree(locale, kindLabel, departmentList) {
  const node = c => ({ key: c.code, label: `${c.code} ${label(c, locale)}` })
  return [
    { key: '1', label: kindLabel('BASE'), children: base.map(node) },
    { key: '2', label: kindLabel('THEME'), children: theme.map(node) },
    { key: '3', label: kindLabel('DEPARTMENT'),
      children: departmentList.map(d => ({ key: '3' + d.number, label: `3${d.number} ${d.name}` })) }
  ]
}
