import { createI18n } from 'vue-i18n'
import { sharingMessages } from './i18n-sharing'
import { codelistMessages } from './codelists'

// Chinese first: the portal opens in zh-CN; English is a switch in the header, remembered for the tab only.
const messages = {
  'zh-CN': {
    app: { title: 'GovShare 政务数据开放平台', home: '首页', datasets: '数据目录', statistics: '开放统计', apiDocs: '开发者接口',
      map: '地图', login: '登录', logout: '退出', register: '注册', account: '我的申请与密钥', users: '用户管理', language: 'English' },
    home: { headline: '公共数据开放', lead: '按主题和关键词查找政府部门开放的数据集，下载文件或通过接口调用。',
      search: '搜索数据集，例如：人口、企业、公交', openDatasets: '开放数据集', published: '已发布数据集', downloads: '近30天下载', latest: '数据集' },
    search: { title: '数据目录', placeholder: '输入关键词', button: '搜索', total: '共 {n} 个数据集', none: '没有找到匹配的数据集',
      records: '{n} 条记录', version: '第 {n} 版', noRelease: '尚未发布' },
    detail: { publisher: '提供部门', openType: '开放类型', condition: '开放条件', cycle: '更新周期', issued: '发布日期', modified: '最近更新',
      version: '最新版本', records: '记录数', code: '目录编码', rating: '评分', licence: '使用许可',
      licenceText: '使用时须注明数据来源（{publisher}），不得尝试重新识别个人身份；有条件开放数据仅可用于申请中说明的用途。',
      items: '数据项', itemName: '名称', itemType: '类型', masked: '开放前已脱敏', yes: '是', no: '否',
      releases: '发布版本与文件', format: '格式', size: '大小', download: '下载', downloadWithKey: '用密钥下载并校验',
      keyNeeded: '有条件开放数据需要审核通过后发放的 API 密钥。', apiKey: 'API 密钥', checksumOk: '校验通过：SHA-256 与发布值一致',
      checksumBad: '校验失败：文件与发布的 SHA-256 不一致', preview: '数据预览（前 {n} 条）', previewLoad: '预览前 10 条',
      previewNote: '无条件开放数据的预览只读取 CSV 文件的开头，不计入下载次数；接口调用需要 API 密钥（见开发者接口）。',
      previewConditional: '有条件开放数据需申请并获批后，用发放的密钥下载后预览。',
      apply: '申请使用', purpose: '用途说明', purposeHint: '说明使用数据的目的、范围和方式', submit: '提交申请', applied: '申请已提交，等待提供部门审核。',
      loginToApply: '登录后可申请使用该数据集', feedback: '评价与反馈', comment: '意见', sendFeedback: '提交评价', thanks: '感谢您的评价',
      loginToRate: '登录后可评价', noFeedback: '暂无评价', noReleaseYet: '该数据集尚未发布数据文件。' },
    account: { title: '我的申请与密钥', applications: '数据使用申请', dataset: '数据集', status: '状态', created: '提交时间', reason: '审核意见',
      collect: '领取密钥', keyOnce: '请立即保存此密钥，它只显示这一次：', keys: '我的 API 密钥', newKey: '申请个人密钥', revoke: '吊销',
      active: '有效', revoked: '已吊销', none: '暂无', useKey: '去下载' },
    status: { SUBMITTED: '待审核', APPROVED: '已通过', REFUSED: '未通过' },
    login: { title: '登录', username: '用户名', password: '密码', submit: '登录', noAccount: '没有账号？', register: '注册公众账号',
      failed: '用户名或密码错误', registered: '注册成功，请登录' },
    register: { title: '注册公众账号', displayName: '姓名或昵称', password: '密码（至少 8 位）', submit: '注册', have: '已有账号？' },
    stats: { title: '开放统计', downloads: '下载次数', byDay: '每日下载量', byDataset: '各数据集下载量', from: '从', to: '至' },
    docs: { title: '开发者接口', intro: '开放数据可通过 REST 接口、CKAN 兼容接口和 DCAT 目录获取。所有错误以 application/problem+json 返回。',
      keyTitle: '获取 API 密钥', keySteps: '注册并登录公众账号，在“我的申请与密钥”中申请个人密钥；有条件开放数据须先申请并获提供部门批准，再领取随批准发放的密钥。调用时在请求头 X-API-Key 中携带密钥。',
      endpoints: '主要接口', method: '方法', path: '路径', what: '说明', catalogs: '目录与元数据', openapi: 'OpenAPI 文档（全部接口）',
      e1: '搜索开放数据集（q、page、size）', e2: '数据集详情：元数据、版本、文件与校验值', e3: '下载文件（format=csv|json|geojson；有条件开放需 X-API-Key）',
      e4: '数据接口：按页读取记录并按数据项过滤（需 X-API-Key，按密钥限流）', e5: '下载统计', ckan: 'CKAN 兼容接口（package_list、package_search、package_show）', dcat: 'DCAT-AP 目录（Turtle / JSON-LD / RDF/XML）' },
    map: { title: '人口与企业分布地图', layers: '图层', legend: '图例', caption: '示范市（合成演示数据，非真实边界）',
      layer: { districts: '区县界线（底图）', 'population-districts': '分区县人口', 'population-grid': '人口 500 米格网',
        'enterprise-density': '企业密度 1 公里格网', 'population-points': '人口点位（明细）', 'enterprise-points': '企业点位（明细）' },
      aggregateOnly: '仅显示脱敏汇总', aggregateOnlyText: '个体点位仅向提供部门或持有交换授权的部门人员显示；其他用户看到按阈值规则抑制后的汇总数据。',
      entitled: '您所在部门有权查看个体明细：已提供点位图层', suppressed: '已抑制（不公开）', suppressedCell: '已抑制，不公开数值（规则：{rule}）',
      people: '人口：{n} 人', enterprises: '企业：{n} 家', turnover: '营业收入合计：{n} 万元', below: '< {to}', atLeast: '≥ {from}',
      fewer: '少', more: '多', synthetic: '所有人口与企业均为生成的合成数据；格网数值经阈值、优势和差分保护规则处理。' },
    users: { title: '用户管理', username: '用户名', displayName: '姓名', roles: '角色', department: '部门' },
    errors: { unauthorized: '请先登录', unauthorizedText: '该页面需要登录后访问。', forbidden: '无权访问', forbiddenText: '您的账号没有访问该页面的权限（需要角色：{roles}）。',
      notFound: '页面不存在', notFoundText: '找不到该页面。', back: '返回首页', failed: '请求失败' }
  },
  en: {
    app: { title: 'GovShare Open Data', home: 'Home', datasets: 'Datasets', statistics: 'Statistics', apiDocs: 'Developer API',
      map: 'Map', login: 'Sign in', logout: 'Sign out', register: 'Register', account: 'My applications & keys', users: 'Users', language: '中文' },
    home: { headline: 'Open government data', lead: 'Find datasets published by government departments; download files or use the API.',
      search: 'Search datasets, e.g. population, enterprises, buses', openDatasets: 'Open datasets', published: 'Published datasets', downloads: 'Downloads (30 days)', latest: 'Datasets' },
    search: { title: 'Datasets', placeholder: 'Keywords', button: 'Search', total: '{n} datasets', none: 'No dataset matches',
      records: '{n} records', version: 'version {n}', noRelease: 'not released yet' },
    detail: { publisher: 'Publisher', openType: 'Access', condition: 'Condition', cycle: 'Update cycle', issued: 'Issued', modified: 'Last release',
      version: 'Latest version', records: 'Records', code: 'Catalog code', rating: 'Rating', licence: 'Licence',
      licenceText: 'Name the source ({publisher}) when you use the data and do not try to re-identify anyone; conditionally open data may only be used for the purpose stated in the application.',
      items: 'Data items', itemName: 'Name', itemType: 'Type', masked: 'Masked before release', yes: 'yes', no: 'no',
      releases: 'Releases and files', format: 'Format', size: 'Size', download: 'Download', downloadWithKey: 'Download with key and verify',
      keyNeeded: 'Conditionally open data needs the API key issued when an application is approved.', apiKey: 'API key', checksumOk: 'Verified: SHA-256 matches the published value',
      checksumBad: 'Verification failed: the file does not match the published SHA-256', preview: 'Preview (first {n} records)', previewLoad: 'Preview 10 records',
      previewNote: 'The preview of open data reads only the start of the CSV file and is not counted as a download; the data API needs an API key (see Developer API).',
      previewConditional: 'Conditionally open data can be previewed after your application is approved and you download it with the key.',
      apply: 'Apply for access', purpose: 'Purpose', purposeHint: 'Why, how and in what scope the data will be used', submit: 'Submit application', applied: 'Application submitted; the publisher will review it.',
      loginToApply: 'Sign in to apply for this dataset', feedback: 'Ratings and feedback', comment: 'Comment', sendFeedback: 'Send', thanks: 'Thank you for your feedback',
      loginToRate: 'Sign in to rate', noFeedback: 'No ratings yet', noReleaseYet: 'No data file has been released yet.' },
    account: { title: 'My applications & keys', applications: 'Applications', dataset: 'Dataset', status: 'Status', created: 'Submitted', reason: 'Reviewer note',
      collect: 'Collect key', keyOnce: 'Save this key now; it is shown only once:', keys: 'My API keys', newKey: 'New personal key', revoke: 'Revoke',
      active: 'active', revoked: 'revoked', none: 'None', useKey: 'Download' },
    status: { SUBMITTED: 'Under review', APPROVED: 'Approved', REFUSED: 'Refused' },
    login: { title: 'Sign in', username: 'User name', password: 'Password', submit: 'Sign in', noAccount: 'No account?', register: 'Register as a member of the public',
      failed: 'Wrong user name or password', registered: 'Registered; please sign in' },
    register: { title: 'Register', displayName: 'Name or nickname', password: 'Password (8+ characters)', submit: 'Register', have: 'Have an account?' },
    stats: { title: 'Statistics', downloads: 'Downloads', byDay: 'Downloads per day', byDataset: 'Downloads per dataset', from: 'From', to: 'To' },
    docs: { title: 'Developer API', intro: 'Open data is available through the REST API, a CKAN-compatible API and a DCAT catalog. Every error is application/problem+json.',
      keyTitle: 'Getting an API key', keySteps: 'Register and sign in, then request a personal key under “My applications & keys”. For conditionally open data, apply first; the key issued with the approval is collected there. Send the key in the X-API-Key header.',
      endpoints: 'Main endpoints', method: 'Method', path: 'Path', what: 'What', catalogs: 'Catalogs and metadata', openapi: 'OpenAPI document (every endpoint)',
      e1: 'Search open datasets (q, page, size)', e2: 'Dataset detail: metadata, releases, files and checksums', e3: 'Download a file (format=csv|json|geojson; X-API-Key for conditionally open data)',
      e4: 'Data API: records page by page, filtered by data item (X-API-Key, rate-limited per key)', e5: 'Download statistics', ckan: 'CKAN-compatible API (package_list, package_search, package_show)', dcat: 'DCAT-AP catalog (Turtle / JSON-LD / RDF/XML)' },
    map: { title: 'Population and enterprise map', layers: 'Layers', legend: 'Legend', caption: 'Demo city (synthetic data, not real boundaries)',
      layer: { districts: 'District boundaries (base)', 'population-districts': 'Population per district', 'population-grid': 'Population, 500 m grid',
        'enterprise-density': 'Enterprise density, 1 km grid', 'population-points': 'People (individual points)', 'enterprise-points': 'Enterprises (individual points)' },
      aggregateOnly: 'Aggregate only', aggregateOnlyText: 'Individual points are shown only to staff of the providing department or of a department with an exchange grant; everyone else sees aggregates with small cells withheld.',
      entitled: 'Your department may see individual records: the point layers are available', suppressed: 'Withheld (not published)', suppressedCell: 'Withheld, no value published (rule: {rule})',
      people: 'People: {n}', enterprises: 'Enterprises: {n}', turnover: 'Turnover: {n} (10k CNY)', below: '< {to}', atLeast: '≥ {from}',
      fewer: 'fewer', more: 'more', synthetic: 'Every person and enterprise is synthetic; grid figures are protected by threshold, dominance and differencing rules.' },
    users: { title: 'Users', username: 'User name', displayName: 'Name', roles: 'Roles', department: 'Department' },
    errors: { unauthorized: 'Sign-in required', unauthorizedText: 'This page needs you to sign in.', forbidden: 'Access denied', forbiddenText: 'Your account may not open this page (it needs one of: {roles}).',
      notFound: 'Page not found', notFoundText: 'There is no such page.', back: 'Back to the home page', failed: 'Request failed' }
  }
}

// the labels of codes (kind, catStatus, shareType, openType, format, method, cycle, itemType) come from standards/codelists
for (const locale of Object.keys(messages)) Object.assign(messages[locale], sharingMessages[locale], codelistMessages(locale))

export const i18n = createI18n({ legacy: false, locale: sessionStorage.getItem('govshare.locale') || 'zh-CN', fallbackLocale: 'zh-CN', messages })

export function switchLocale() {
  const next = i18n.global.locale.value === 'zh-CN' ? 'en' : 'zh-CN'
  i18n.global.locale.value = next
  sessionStorage.setItem('govshare.locale', next)
  document.documentElement.lang = next
}
