package dev.upstoxmcp.upstox.dto;

import java.util.List;

import dev.upstoxmcp.upstox.UpstoxResponse;
import jakarta.json.bind.annotation.JsonbProperty;

/** The whole answer of {@code GET /v2/trade/profit-loss/data}: the rows of one page and, in {@code metadata}, which. */
public record PnlDataResponse(String status, List<PnlTrade> data, Metadata metadata) {

    public record Metadata(Page page) {}

    public record Page(
            @JsonbProperty("page_number") Integer pageNumber,
            @JsonbProperty("page_size") Integer pageSize) {}

    /** This answer in the standard envelope, so the gateway checks it like any other; its data is the whole page. */
    public UpstoxResponse<PnlDataResponse> enveloped() {
        return new UpstoxResponse<>(status, data == null ? null : this);
    }
}
