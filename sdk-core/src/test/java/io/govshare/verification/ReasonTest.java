package io.govshare.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.govshare.standards.StandardFiles;
import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void packetCodesAreExactlyThoseOfTheSpecInItsOrder() {
        String spec = StandardFiles.read("exchange/SPEC.md");
        assertEquals(documented(spec.substring(spec.indexOf("## 8."), spec.indexOf("## 9.")), ""),
                codes(Reason.Subject.PACKET));
    }

    @Test
    void receiptAndAuditCodesAreExactlyThoseOfTheirTablesInOrder() {
        String text = StandardFiles.read("exchange/RECEIPTS-AND-AUDIT.md");
        assertEquals(documented(text, "receipt."), codes(Reason.Subject.RECEIPT));
        assertEquals(documented(text, "audit."), codes(Reason.Subject.AUDIT_SEGMENT));
    }

    @Test
    void aReasonPrintsAsItsCodeAndIsFoundByIt() {
        assertEquals("manifest.digest-mismatch", Reason.MANIFEST_DIGEST_MISMATCH.toString());
        for (Reason reason : Reason.values()) {
            assertSame(reason, Reason.ofCode(reason.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> Reason.ofCode("no.such-code"));
    }

    private static List<String> codes(Reason.Subject subject) {
        return Reason.of(subject).stream().map(Reason::code).toList();
    }

    /** The codes of the table rows {@code | `code` | meaning |} whose code starts with {@code prefix}. */
    private static List<String> documented(String text, String prefix) {
        List<String> codes = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|").matcher(text);
        while (row.find()) {
            if (row.group(1).startsWith(prefix)) {
                codes.add(row.group(1));
            }
        }
        return codes;
    }
}
