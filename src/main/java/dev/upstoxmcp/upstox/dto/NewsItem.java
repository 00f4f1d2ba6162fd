package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** One article of {@code GET /v2/news}; {@code published_time} in epoch milliseconds. */
public record NewsItem(
        String heading,
        String summary,
        String thumbnail,
        @JsonbProperty("article_link") String articleLink,
        @JsonbProperty("published_time") Long publishedTime) {}
