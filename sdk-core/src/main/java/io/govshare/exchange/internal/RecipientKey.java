package io.govshare.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketFormatException;
import io.govshare.json.CanonicalJson;
import io.govshare.verification.Reason;

/**
 * One line of {@code recipients.json} (SPEC.md §6, schemas/recipients.schema.json): the packet's content key
 * wrapped for one recipient's certificate key.
 *
 * @param node              the recipient's node id
 * @param certificateSerial the serial of the certificate whose key wrapped the content key, lower-case hex
 *                          without leading zeros; a node with a renewed certificate sees at once that the key
 *                          was wrapped for its old one
 * @param wrappedKey        the wrapped content key (SM2 ciphertext or ECIES output); copied in and out
 *
 * <p>Internal: not part of the SDK's API (see the package description).
 */
public record RecipientKey(String node, String certificateSerial, byte[] wrappedKey) {

    private static final Pattern SERIAL = Pattern.compile("[0-9a-f]+");
    private static final Set<String> FIELDS = Set.of("node", "certificateSerial", "wrappedKey");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public RecipientKey {
        ExchangeJson.requireNodeId(node, "recipient node");
        if (certificateSerial == null || !SERIAL.matcher(certificateSerial).matches()) {
            throw new IllegalArgumentException("certificateSerial of recipient '" + node
                    + "' must be lower-case hex digits, got " + (certificateSerial == null ? "null" : "'" + certificateSerial + "'"));
        }
        if (wrappedKey == null || wrappedKey.length == 0) {
            throw new IllegalArgumentException("wrappedKey of recipient '" + node + "' must not be empty");
        }
        wrappedKey = wrappedKey.clone();
    }

    @Override
    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecipientKey other && node.equals(other.node)
                && certificateSerial.equals(other.certificateSerial) && Arrays.equals(wrappedKey, other.wrappedKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, certificateSerial, Arrays.hashCode(wrappedKey));
    }

    @Override
    public String toString() {
        return "RecipientKey[node=" + node + ", certificateSerial=" + certificateSerial + ", wrappedKey="
                + wrappedKey.length + " bytes]";
    }

    /** {@code recipients.json} for {@code keys}: canonical JSON, in the order given. */
    public static byte[] toJson(List<RecipientKey> keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RecipientKey key : keys) {
            array.add(Json.createObjectBuilder()
                    .add("node", key.node)
                    .add("certificateSerial", key.certificateSerial)
                    .add("wrappedKey", Base64.getEncoder().encodeToString(key.wrappedKey)));
        }
        return CanonicalJson.bytes(array.build());
    }

    /**
     * Reads {@code recipients.json}.
     *
     * @throws PacketFormatException {@code container.malformed} naming the line and field
     */
    public static List<RecipientKey> fromJson(byte[] json) {
        Reason reason = Reason.CONTAINER_MALFORMED;
        JsonValue value = ExchangeJson.parse(json, PacketEntries.RECIPIENTS, reason);
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw new PacketFormatException(reason, PacketEntries.RECIPIENTS
                    + " must be a non-empty JSON array, got " + ExchangeJson.describe(value));
        }
        List<RecipientKey> keys = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        int index = 0;
        for (JsonValue element : value.asJsonArray()) {
            String where = "recipients[" + index++ + "]";
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PacketFormatException(reason, where + " must be an object, got " + ExchangeJson.describe(element));
            }
            ExchangeJson.Fields fields = new ExchangeJson.Fields(element.asJsonObject(), where, reason);
            fields.allowOnly(FIELDS);
            String node = fields.string("node");
            String serial = fields.string("certificateSerial");
            byte[] wrapped;
            try {
                wrapped = Base64.getDecoder().decode(fields.string("wrappedKey"));
            } catch (IllegalArgumentException e) {
                throw fields.fail("wrappedKey", "must be base64: " + e.getMessage());
            }
            try {
                keys.add(new RecipientKey(node, serial, wrapped));
            } catch (IllegalArgumentException e) {
                throw new PacketFormatException(reason, where + ": " + e.getMessage(), e);
            }
            if (!nodes.add(node)) {
                throw new PacketFormatException(reason, where + ": node '" + node + "' is listed twice");
            }
        }
        return List.copyOf(keys);
    }
}
