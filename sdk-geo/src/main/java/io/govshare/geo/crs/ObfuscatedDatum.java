package io.govshare.geo.crs;

/**
 * The deliberately offset coordinate systems of consumer map services in China. They are not CRSs in any
 * registry: the SDK accepts them only as input to be converted back (see {@link ConsumerCoordinates}).
 */
public enum ObfuscatedDatum {
    /** 国测局坐标 GCJ-02 ("Mars coordinates"): AMap/Gaode, Tencent, Google in mainland China. */
    GCJ02,
    /** BD-09: Baidu Maps, a further offset applied to GCJ-02. */
    BD09
}
