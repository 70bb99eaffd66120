import { api } from './client'

// The map services (io.govshare.app.maps): OGC API Features collections and vector and PNG tiles, with the legend
// of each tiled layer. OpenLayers fetches the tiles and features itself, so some functions give URLs.

/** The collections this user may read (individual points only for entitled users). */
export const listFeatureCollections = () => api.get('/ogc/features/collections')

export const featureItemsUrl = (collection, limit = 100) => `/ogc/features/collections/${collection}/items?limit=${limit}`

export const tileLegend = layer => api.get(`/tiles/${layer}/legend`)

export const vectorTileUrl = layer => `/tiles/${layer}/{z}/{x}/{y}.mvt`

export const pngTileUrl = layer => `/tiles/${layer}/{z}/{x}/{y}.png`
