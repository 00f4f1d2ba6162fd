package dev.upstoxmcp.upstox.dto;

import java.util.List;

import dev.upstoxmcp.upstox.UpstoxResponse;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The whole answer of {@code GET /v2/charges/historical-trades}: besides {@code data} it carries the paging in
 * {@code meta_data} (with an underscore, unlike the P&amp;L report's {@code metadata}), so it has its own envelope.
 */
public record HistoricalTradesResponse(
        String status,
        List<HistoricalTrade> data,
        @JsonbProperty("meta_data") MetaData metaData) {

    public record MetaData(Page page) {}

    public record Page(
            @JsonbProperty("page_number") Integer pageNumber,
            @JsonbProperty("page_size") Integer pageSize,
            @JsonbProperty("total_records") Integer totalRecords,
            @JsonbProperty("total_pages") Integer totalPages) {}

    /** This answer in the standard envelope, so the gateway checks it like any other; its data is the whole page. */
    public UpstoxResponse<HistoricalTradesResponse> enveloped() {
        return new UpstoxResponse<>(status, data == null ? null : this);
    }

    /** Pages Upstox has for the request; 0 when it did not say. */
    public int totalPages() {
        return metaData == null || metaData.page() == null || metaData.page().totalPages() == null ? 0
                : metaData.page().totalPages();
    }
}
