package io.govshare.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.govshare.standards.StandardFiles;
import org.junit.jupiter.api.Test;

class PacketReasonsTest {

    @Test
    void theCodesAreExactlyThoseOfTheSpecInItsOrder() {
        String spec = StandardFiles.read("exchange/SPEC.md");
        String section = spec.substring(spec.indexOf("## 8."), spec.indexOf("## 9."));
        List<String> documented = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|").matcher(section);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertEquals(PacketReasons.ALL, documented);
    }
}
