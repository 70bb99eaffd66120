import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { loadSession } from './session'
import 'element-plus/theme-chalk/base.css'
import './style.css'

const app = createApp(App).use(i18n).use(router)
loadSession().catch(() => { /* the page still works anonymously; errors show where data is needed */ })
  .finally(() => app.mount('#app'))
