package dev.upstoxmcp.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which redirect URIs a client may register and how a requested one matches a registered one. Allowed: https URIs,
 * and http on a loopback host (RFC 8252 section 7.3, native apps such as mcp-remote), never with a fragment or
 * user info. A request matches a registration exactly, except that a loopback URI may use any port (RFC 8252 7.3).
 */
final class RedirectUris {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private RedirectUris() {}

    /** Why the URI cannot be registered, or null if it can. */
    static String problemWith(String uri) {
        URI parsed = parse(uri);
        if (parsed == null || !parsed.isAbsolute() || parsed.getHost() == null) return "is not an absolute URI";
        if (parsed.getRawFragment() != null) return "must not have a fragment";
        if (parsed.getRawUserInfo() != null) return "must not carry user information";
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if ("https".equals(scheme)) return null;
        if ("http".equals(scheme) && isLoopback(parsed)) return null;
        return "must use https, or http on localhost, 127.0.0.1 or [::1]";
    }

    /** True if the requested URI is one of the registered ones (loopback: any port). */
    static boolean matchesAny(String requested, List<String> registered) {
        return registered.stream().anyMatch(one -> matches(requested, one));
    }

    static boolean matches(String requested, String registered) {
        if (requested == null) return false;
        if (requested.equals(registered)) return true;
        URI want = parse(requested);
        URI have = parse(registered);
        if (want == null || have == null || !isLoopback(want) || !isLoopback(have)) return false;
        return "http".equals(want.getScheme()) && "http".equals(have.getScheme())
                && want.getHost().equals(have.getHost())
                && Objects.equals(want.getRawPath(), have.getRawPath())
                && Objects.equals(want.getRawQuery(), have.getRawQuery())
                && want.getRawFragment() == null && want.getRawUserInfo() == null;
    }

    private static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static URI parse(String uri) {
        if (uri == null || uri.isBlank()) return null;
        try {
            return new URI(uri);
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
