package io.govshare.geo.crs;

/**
 * The order in which a CRS's definition lists its two axes. EPSG defines EPSG:4490 and EPSG:4326 as
 * latitude, longitude ({@link #NORTH_EAST}) and the CGCS2000 Gauss-Krüger CRSs as northing (X), easting (Y);
 * EPSG:3857, OGC:CRS84 and GeoJSON put east first. Every API that takes or returns a pair of numbers in this
 * SDK says which order it uses; none guesses.
 */
public enum AxisOrder {
    /** longitude then latitude, or easting then northing */
    EAST_NORTH,
    /** latitude then longitude, or northing then easting */
    NORTH_EAST
}
