package dev.upstoxmcp.upstox.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/user/profile}. */
public record Profile(
        String email,
        List<String> exchanges,
        List<String> products,
        String broker,
        @JsonbProperty("user_id") String userId,
        @JsonbProperty("user_name") String userName,
        @JsonbProperty("order_types") List<String> orderTypes,
        @JsonbProperty("user_type") String userType,
        Boolean poa,
        Boolean ddpi,
        @JsonbProperty("is_active") Boolean isActive) {}
