package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One entry of {@code GET /v2/fundamentals/{isin}/corporate-actions}: a dividend, bonus, split, board meeting or
 * shareholders' meeting. Dates are display strings ({@code "14 Aug 2025"}); {@code amount} is per share in INR
 * (dividends), {@code ratio} e.g. {@code "1:1"} (bonus, split).
 *
 * @param expiryDate the date the action takes effect: ex-date, or meeting date
 */
public record CorporateAction(
        String name,
        @JsonbProperty("expiry_date") String expiryDate,
        BigDecimal amount,
        String ratio,
        @JsonbProperty("event_details") List<EventDetail> eventDetails) {

    /** A labelled detail, e.g. {@code "Record date"} = {@code "14 Aug 2025"}. */
    public record EventDetail(String name, String value) {}
}
