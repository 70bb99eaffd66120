package io.govshare.opendata.dcat;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Whom to ask about a dataset, written as dcat:contactPoint: a vcard:Organization with its name and at least one
 * of an e-mail address and a telephone number.
 *
 * @param name      the office, such as 数据管理处; non-blank
 * @param email     an address like {@code data@example.gov.cn}, or null
 * @param telephone digits with an optional leading + and the separators - ( ) and space, or null
 */
public record ContactPoint(String name, String email, String telephone) {

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9][0-9()\\- ]{2,30}");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public ContactPoint {
        Checks.text(name, "contactPoint.name");
        if (email == null && telephone == null) {
            throw new IllegalArgumentException("contactPoint needs an email or a telephone");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("contactPoint.email must be an address like name@example.gov.cn, got '"
                    + email + "'");
        }
        if (telephone != null && !TELEPHONE.matcher(telephone).matches()) {
            throw new IllegalArgumentException("contactPoint.telephone must be digits with an optional leading + and"
                    + " the separators - ( ) and space, got '" + telephone + "'");
        }
    }

    URI emailUri() {
        return email == null ? null : URI.create("mailto:" + email);
    }

    /** RFC 3966 allows no spaces: they become the visual separator '-'. */
    URI telephoneUri() {
        return telephone == null ? null : URI.create("tel:" + telephone.strip().replaceAll(" +", "-"));
    }
}
