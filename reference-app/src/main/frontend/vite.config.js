import { fileURLToPath, URL } from 'node:url'
import { defineConfig, searchForWorkspaceRoot } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The build goes to target/frontend; maven-war-plugin puts it at the root of the WAR, where
// io.govshare.app.ui.WebUiFilter serves it. Element Plus components (and their CSS) are imported where they are
// used, not as the whole library, so the first page loads only what it shows.
// The code lists (codes with zh/en labels) are read from the repository's standards/codelists at build time
// (`import { codes } from '@codelists/share-type.json'`): one source for the UI, the SDK and the server.
const codelists = fileURLToPath(new URL('../../../../standards/codelists', import.meta.url))

export default defineConfig({
  plugins: [
    vue(),
    AutoImport({ resolvers: [ElementPlusResolver()], dts: false }),
    Components({ resolvers: [ElementPlusResolver()], dts: false })
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), '@codelists': codelists } },
  build: {
    outDir: fileURLToPath(new URL('../../../target/frontend', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 600
  },
  // npm run dev: the UI on :5173 against a platform started with the quick start on :9080
  server: {
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), codelists] },
    proxy: Object.fromEntries(['/api', '/openapi', '/health', '/dcat'].map(p => [p, 'http://localhost:9080']))
  }
})
