package io.govshare.security.packet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareType;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/** Test records of a population resource and its catalog entry. */
final class Records {

    static final ResourceCode RESOURCE = ResourceCode.of("101001/000001");

    static final CatalogEntry ENTRY = new CatalogEntry(RESOURCE, "人口基本信息", null, null, null, null, null, List.of(
            new DataItem("id", DataItemType.INTEGER, null, null, false, null),
            new DataItem("name", DataItemType.STRING, 50, null, true, null),
            new DataItem("born", DataItemType.DATE, null, null, false, null),
            new DataItem("income", DataItemType.DECIMAL, 12, null, true, null),
            new DataItem("note", DataItemType.STRING, null, null, false, null),
            new DataItem("idNumber", DataItemType.STRING, 18, ShareType.NONE, true, null)),
            new ShareAttributes(ShareType.CONDITIONAL, "凭授权", "《条例》", null), null, null, null, null, null, null,
            null, null);

    // Json.createObjectBuilder looks the provider up on every call, which would dominate the large tests.
    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    private Records() {
    }

    static JsonObject person(long i) {
        return JSON.createObjectBuilder()
                .add("id", i)
                .add("name", "居民" + i)
                .add("born", "19" + two(i % 100) + "-" + two(i % 12 + 1) + "-" + two(i % 28 + 1))
                .add("income", (i * 37 % 100000) + "." + two(i % 100))
                .build();
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    static List<JsonObject> people(int count) {
        List<JsonObject> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(person(i));
        }
        return people;
    }

    /** {@code count} records of about {@code bytes} bytes each, made as they are iterated: nothing is kept. */
    static Iterable<JsonObject> generated(long count, int bytes) {
        String padding = "政务数据共享交换".repeat(Math.max(0, bytes - 80) / 24 + 1).substring(0, Math.max(0, bytes - 80) / 3);
        return () -> new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public JsonObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                i++;
                return JSON.createObjectBuilder(person(i)).add("note", padding).build();
            }
        };
    }
}
