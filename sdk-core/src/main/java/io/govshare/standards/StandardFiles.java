package io.govshare.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of the {@code govshare-standards} artifact (schemas, code lists, examples), read from the
 * classpath under {@code govshare-standards/}. Paths are relative to that folder, for example
 * {@code catalog/catalog-entry.schema.json}.
 */
public final class StandardFiles {

    static final String ROOT = "govshare-standards/";

    private StandardFiles() {
    }

    /**
     * Opens a standard file; the caller closes the stream.
     *
     * @throws IllegalArgumentException if there is no such file (is govshare-standards on the classpath?)
     */
    public static InputStream open(String path) {
        InputStream in = loader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalArgumentException("no standard file '" + path + "' on the classpath under " + ROOT
                    + " (is the govshare-standards jar on the classpath?)");
        }
        return in;
    }

    /** The whole file as UTF-8 text. */
    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard file '" + path + "'", e);
        }
    }

    /**
     * The names of the files directly in a folder, sorted, for example {@code list("catalog/examples/valid")}.
     * Works whether the standards are a folder (in an IDE) or a jar.
     *
     * @throws IllegalArgumentException if there is no such folder
     */
    public static List<String> list(String folder) {
        String directory = folder.endsWith("/") ? folder : folder + "/";
        URL url = loader().getResource(ROOT + directory);
        if (url == null) {
            throw new IllegalArgumentException("no standard folder '" + folder + "' on the classpath under " + ROOT);
        }
        try {
            List<String> names = "jar".equals(url.getProtocol())
                    ? listJar(url, ROOT + directory)
                    : listFolder(Path.of(url.toURI()));
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list standard folder '" + folder + "'", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource URL " + url, e);
        }
    }

    private static List<String> listFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
    }

    private static List<String> listJar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                if (!rest.isEmpty() && rest.indexOf('/') < 0) {
                    names.add(rest);
                }
            }
        }
        return names;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : StandardFiles.class.getClassLoader();
    }
}
