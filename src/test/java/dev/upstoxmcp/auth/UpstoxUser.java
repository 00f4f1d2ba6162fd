package dev.upstoxmcp.auth;

/** A test user of the WireMock Upstox: who they are, the code its dialog hands out, and the token it trades it for. */
record UpstoxUser(String userId, String userName, String upstoxCode, String upstoxToken) {

    /** Upstox's token answer (not enveloped). */
    String tokenAnswer() {
        return "{\"email\":\"" + userId.toLowerCase() + "@example.com\",\"exchanges\":[\"NSE\"],\"products\":[\"D\"],"
                + "\"broker\":\"UPSTOX\",\"user_id\":\"" + userId + "\",\"user_name\":\"" + userName + "\","
                + "\"order_types\":[\"LIMIT\"],\"user_type\":\"individual\",\"poa\":false,\"is_active\":true,"
                + "\"access_token\":\"" + upstoxToken + "\",\"extended_token\":null}";
    }

    /** {@code GET /v2/user/profile} for this user. */
    String profileAnswer() {
        return "{\"status\":\"success\",\"data\":{\"email\":\"" + userId.toLowerCase() + "@example.com\","
                + "\"exchanges\":[\"NSE\"],\"products\":[\"D\"],\"broker\":\"UPSTOX\",\"user_id\":\"" + userId + "\","
                + "\"user_name\":\"" + userName + "\",\"order_types\":[\"LIMIT\"],\"user_type\":\"individual\","
                + "\"poa\":false,\"ddpi\":false,\"is_active\":true}}";
    }
}
