import base from '../../../../../../standards/codelists/base-classes.json'
import theme from '../../../../../../standards/codelists/theme-classes.json'

// The classification tree of the 编制指南: 类 (1 基础, 2 主题, 3 部门) and 项 — base and theme 项 from the code lists
// in standards/, department 项 from the registered departments' numbers. A node's key is the code prefix the
// catalog search filters by (classification=).
export function classificationTree(locale, kindLabel, departmentList) {
  const name = c => (locale === 'en' ? c.en : c.zh)
  return [
    { key: '1', label: kindLabel('BASE'), children: base.codes.map(c => ({ key: c.code, label: `${c.code} ${name(c)}` })) },
    { key: '2', label: kindLabel('THEME'), children: theme.codes.map(c => ({ key: c.code, label: `${c.code} ${name(c)}` })) },
    { key: '3', label: kindLabel('DEPARTMENT'),
      children: departmentList.map(d => ({ key: '3' + d.number, label: `3${d.number} ${d.name}` })) }
  ]
}
