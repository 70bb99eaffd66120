package io.govshare.catalog.validation;

import io.govshare.catalog.ResourceCode;

import java.util.Optional;

/**
 * What the validator may ask about the rest of the catalog. The platform implements it over its store; a
 * vendor validating one entry alone uses {@link #NONE}.
 */
@FunctionalInterface
public interface CatalogNeighbours {

    /** Knows no other entry: cross-entry rules such as {@code name.duplicate} find nothing. */
    CatalogNeighbours NONE = normalizedName -> Optional.empty();

    /**
     * The code of an entry whose {@link CatalogValidator#normalizedName normalized name} is the given one.
     * Returning the code of the entry being validated is allowed and is not counted as a duplicate, but an
     * implementation should prefer another entry's code when there is one.
     */
    Optional<ResourceCode> entryWithNormalizedName(String normalizedName);
}
