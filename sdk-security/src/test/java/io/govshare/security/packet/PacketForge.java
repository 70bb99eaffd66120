package io.govshare.security.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.govshare.exchange.ManifestEntry;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketManifest;
import io.govshare.security.identity.NodeIdentity;

/**
 * Makes broken packets out of good ones, the way an attacker or a buggy sender would: change entries, add
 * some, re-sign a changed manifest with some key, or write the ZIP as it is. Entries are held in memory, so
 * this is for small packets only.
 */
final class PacketForge {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private PacketForge() {
    }

    static PacketForge of(Path packet) throws IOException {
        PacketForge forge = new PacketForge();
        try (ZipFile zip = new ZipFile(packet.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    forge.entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return forge;
    }

    byte[] get(String name) {
        return entries.get(name);
    }

    String text(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    PacketForge put(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    PacketForge put(String name, String content) {
        return put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    PacketForge edit(String name, UnaryOperator<String> change) {
        String before = text(name);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit changed nothing in " + name);
        }
        return put(name, after);
    }

    PacketForge remove(String name) {
        entries.remove(name);
        return this;
    }

    /** A new manifest of the entries as they are now, changed by {@code tweak}, signed by {@code signer}. */
    PacketForge resign(NodeIdentity signer, UnaryOperator<PacketManifest> tweak) {
        PacketManifest old = PacketManifest.fromJson(entries.get(PacketEntries.MANIFEST));
        List<ManifestEntry> listed = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (PacketEntries.DIGESTED.contains(entry.getKey())) {
                MessageDigest digest = signer.profile().newDigest();
                listed.add(new ManifestEntry(entry.getKey(), entry.getValue().length,
                        HexFormat.of().formatHex(digest.digest(entry.getValue()))));
            }
        }
        PacketManifest manifest = tweak.apply(new PacketManifest(old.packetId(), old.digestAlgorithm(), listed));
        byte[] json = manifest.toJson();
        entries.put(PacketEntries.MANIFEST, json);
        entries.put(PacketEntries.SIGNATURE, signer.profile().sign(signer.privateKey(), json));
        return this;
    }

    PacketForge resign(NodeIdentity signer) {
        return resign(signer, UnaryOperator.identity());
    }

    /** Writes the entries in their order as a plain ZIP, any names allowed. */
    Path write(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(zip());
        }
        return target;
    }

    byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(java.time.LocalDateTime.of(2026, 12, 1, 0, 0));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
