package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The {@code metadata} / {@code meta_data} block of paged lists. News pages give {@code page_size}, mutual-fund
 * pages {@code records}; both give the page number and totals.
 */
public record PageMetadata(Page page) {

    public record Page(
            @JsonbProperty("page_number") Integer pageNumber,
            @JsonbProperty("page_size") Integer pageSize,
            Integer records,
            @JsonbProperty("total_records") Integer totalRecords,
            @JsonbProperty("total_pages") Integer totalPages) {}
}
