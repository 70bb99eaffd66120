package io.govshare.app.catalog.search;

import java.util.Set;

/**
 * Which entries a caller may find. Consumers see PUBLISHED entries only; a department's staff also see their own
 * department's entries in every status; administrators, reviewers and auditors see everything. The index applies
 * it as a filter, so totals and facet counts never reveal what the caller cannot see.
 *
 * @param everything       whether every entry in every status is visible
 * @param ownProviderCodes 提供方代码 of the departments whose entries are visible in every status
 * @param openDataOnly     whether only entries opened to the public (无条件 or 有条件开放) are visible, as on the
 *                         open-data portal
 */
public record Visibility(boolean everything, Set<String> ownProviderCodes, boolean openDataOnly) {

    public Visibility {
        ownProviderCodes = ownProviderCodes == null ? Set.of() : Set.copyOf(ownProviderCodes);
    }

    /** Administrators, reviewers and auditors. */
    public static Visibility all() {
        return new Visibility(true, Set.of(), false);
    }

    /** Consumers and anonymous visitors. */
    public static Visibility publishedOnly() {
        return new Visibility(false, Set.of(), false);
    }

    /** A department's staff: everything published, plus their own entries in every status. */
    public static Visibility publishedAndOwn(Set<String> ownProviderCodes) {
        return new Visibility(false, ownProviderCodes, false);
    }

    /** The public on the open-data portal: published entries whose 开放属性 is 无条件开放 or 有条件开放. */
    public static Visibility openData() {
        return new Visibility(false, Set.of(), true);
    }
}
