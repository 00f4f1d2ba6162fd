package dev.upstoxmcp.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.ServletContext;

/** The fixtures packaged in the WAR under {@code WEB-INF/classes/sandbox-fixtures}, packed or expanded alike. */
final class ServletContextFixtureFiles implements FixtureFiles {

    static final String ROOT = "/WEB-INF/classes/sandbox-fixtures/";

    private final ServletContext context;

    ServletContextFixtureFiles(ServletContext context) {
        this.context = context;
    }

    @Override
    public List<String> mappingFiles() {
        List<String> files = new ArrayList<>();
        collect(ROOT + "mappings/", files);
        return files.stream().map(path -> path.substring(ROOT.length())).sorted().toList();
    }

    @Override
    public Optional<byte[]> find(String relativePath) {
        try (InputStream in = context.getResourceAsStream(ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void collect(String directory, List<String> files) {
        Set<String> entries = context.getResourcePaths(directory);
        if (entries == null) return;
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                collect(entry, files);
            } else if (entry.endsWith(".json")) {
                files.add(entry);
            }
        }
    }
}
