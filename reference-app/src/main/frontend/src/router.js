import { createRouter, createWebHistory } from 'vue-router'
import { session, hasRole, sessionChecked } from './common/session'
import { CONSOLE_ROLES, PORTAL_ROLES } from './common/sharing'

// History-mode URLs; the server answers index.html for these paths (io.govshare.app.ui.WebUiFilter). Every page
// but the home page is loaded on demand. meta.roles: who may open the page (checked again by the API behind it).
const routes = [
  { path: '/', name: 'home', component: () => import('./open/HomePage.vue') },
  { path: '/open/datasets', name: 'datasets', component: () => import('./open/DatasetSearch.vue') },
  { path: '/open/datasets/:id', name: 'dataset', component: () => import('./open/DatasetDetail.vue'), props: true },
  { path: '/open/statistics', name: 'statistics', component: () => import('./open/StatisticsPage.vue') },
  { path: '/open/map', name: 'map', component: () => import('./open/MapPage.vue') },
  { path: '/open/developers', name: 'developers', component: () => import('./open/ApiDocs.vue') },
  { path: '/open/account', name: 'account', component: () => import('./open/MyAccount.vue'), meta: { roles: ['PUBLIC_USER'] } },
  { path: '/console/users', name: 'users', component: () => import('./admin/UserList.vue'), meta: { roles: ['PLATFORM_ADMIN', 'AUDITOR'] } },
  // 共享门户: department staff and the platform
  { path: '/share', name: 'share', component: () => import('./share/ShareSearch.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/resources/:cls/:seq', name: 'share-resource', component: () => import('./share/ResourceDetail.vue'), props: true, meta: { roles: PORTAL_ROLES } },
  { path: '/share/statistics', name: 'share-statistics', component: () => import('./share/ShareStatistics.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/applications', name: 'share-applications', component: () => import('./share/MyApplications.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/todos', name: 'share-todos', component: () => import('./share/MyTodos.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/subscriptions', name: 'share-subscriptions', component: () => import('./share/MySubscriptions.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/demands', name: 'share-demands', component: () => import('./share/DemandList.vue'), meta: { roles: PORTAL_ROLES } },
  { path: '/share/notifications', name: 'share-notifications', component: () => import('./share/NotificationList.vue'), meta: { roles: PORTAL_ROLES } },
  // 编目控制台: cataloguers and reviewers
  { path: '/console/catalog', name: 'console', component: () => import('./console/CatalogConsole.vue'), meta: { roles: CONSOLE_ROLES } },
  { path: '/console/catalog/new', name: 'console-new', component: () => import('./console/EntryEditor.vue'), meta: { roles: ['DEPT_CATALOGUER', 'PLATFORM_ADMIN'] } },
  { path: '/console/catalog/import', name: 'console-import', component: () => import('./console/CatalogImport.vue'), meta: { roles: ['DEPT_CATALOGUER', 'PLATFORM_ADMIN'] } },
  { path: '/console/catalog/entries/:cls/:seq', name: 'console-entry', component: () => import('./console/EntryEditor.vue'), props: true, meta: { roles: CONSOLE_ROLES } },
  { path: '/login', name: 'login', component: () => import('./auth/LoginPage.vue') },
  { path: '/register', name: 'register', component: () => import('./auth/RegisterPage.vue') },
  { path: '/401', name: 'unauthorized', component: () => import('./auth/ErrorPage.vue'), props: { status: 401 } },
  { path: '/403', name: 'forbidden', component: () => import('./auth/ErrorPage.vue'), props: { status: 403 } },
  { path: '/:rest(.*)*', name: 'notFound', component: () => import('./auth/ErrorPage.vue'), props: { status: 404 } }
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 })
})

router.beforeEach(async to => {
  const roles = to.meta.roles
  if (!roles) return true
  await sessionChecked()
  if (!session.user) return { name: 'unauthorized', query: { from: to.fullPath } }
  if (!hasRole(...roles)) return { name: 'forbidden', query: { from: to.fullPath, roles: roles.join(',') } }
  return true
})

/** Where an API refusal sends the user: 401 to the sign-in page's explanation, 403 to the access-denied page. */
export function routeForRefusal(error, roles = []) {
  const from = router.currentRoute.value.fullPath
  if (error?.status === 401) return router.push({ name: 'unauthorized', query: { from } })
  if (error?.status === 403) return router.push({ name: 'forbidden', query: { from, roles: roles.join(',') } })
  return null
}
