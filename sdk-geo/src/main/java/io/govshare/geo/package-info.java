/** Spatial layers, coordinate reference systems, confidential aggregation and map output. */
package io.govshare.geo;
