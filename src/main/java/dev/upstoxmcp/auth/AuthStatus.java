package dev.upstoxmcp.auth;

import java.time.OffsetDateTime;

/**
 * The Upstox link of this connection. {@code authMode}: none (sandbox demo, no login), personal (one configured
 * token) or oauth (each user links their own account).
 */
public record AuthStatus(String authMode, boolean linked, String userId, String userName, OffsetDateTime linkedAt,
                         OffsetDateTime expiresAt, String howToUnlink, String summary) {}
