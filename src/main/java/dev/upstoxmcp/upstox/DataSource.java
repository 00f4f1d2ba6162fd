package dev.upstoxmcp.upstox;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where answers come from: the bundled sandbox's recorded demo account, or the user's live Upstox account. */
public enum DataSource {
    SANDBOX, LIVE;

    /** Parses the {@code upstox.mode} setting, case-insensitively. */
    public static DataSource parse(String mode) {
        return Arrays.stream(values())
                .filter(source -> source.name().equalsIgnoreCase(mode.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("upstox.mode must be one of "
                        + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
