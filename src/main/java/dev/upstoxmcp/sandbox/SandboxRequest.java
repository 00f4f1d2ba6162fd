package dev.upstoxmcp.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A request as the stub matcher sees it.
 *
 * @param path     decoded path relative to the sandbox root, starting with {@code /}, e.g. {@code /v2/user/profile}
 * @param rawQuery the query string as sent (still encoded), or null
 * @param query    decoded query parameters
 * @param header   header lookup by case-insensitive name, null when absent
 */
record SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> query,
                      Function<String, String> header) {

    /** Path and query as WireMock's {@code url} and {@code urlPattern} see them. */
    String url() {
        return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }
}
