import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './common/i18n'
import { sessionChecked } from './common/session'
import 'element-plus/theme-chalk/base.css'
import './style.css'

const app = createApp(App).use(i18n).use(router)
// a failed session check leaves the page anonymous; pages that need data report their own errors
sessionChecked().finally(() => app.mount('#app'))
