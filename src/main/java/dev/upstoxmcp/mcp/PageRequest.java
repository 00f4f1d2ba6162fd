package dev.upstoxmcp.mcp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One page of a long list: how many rows and where to start. The cursor is opaque to clients; it is the
 * {@code next_cursor} of the previous page.
 */
public record PageRequest(int limit, int offset) {

    private static final String CURSOR_PREFIX = "offset:";

    public PageRequest {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive, got " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }

    /** Decodes a client's cursor; a cursor this server did not issue is a {@link ToolCallException}. */
    public static PageRequest of(int limit, Optional<String> cursor) {
        return new PageRequest(limit, cursor.filter(c -> !c.isBlank()).map(PageRequest::offsetOf).orElse(0));
    }

    /** The rows of this page out of {@code all}, with the cursor of the next page if there is one. */
    public <T> Page<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        boolean hasMore = to < all.size();
        return new Page<>(List.copyOf(all.subList(from, to)), hasMore ? cursorFor(to) : null, hasMore, all.size());
    }

    static String cursorFor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String cursor) {
        return decode(cursor).orElseThrow(() -> new ToolCallException("cursor is not one this server issued. "
                + "Pass the next_cursor of the previous page exactly, or omit cursor to start from the first page."));
    }

    private static Optional<Integer> decode(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        return decoded.matches(CURSOR_PREFIX + "\\d{1,9}")
                ? Optional.of(Integer.parseInt(decoded.substring(CURSOR_PREFIX.length())))
                : Optional.empty();
    }

    /** A page of rows; {@code nextCursor} is null on the last page. */
    public record Page<T>(List<T> items, String nextCursor, boolean hasMore, int total) {}
}
