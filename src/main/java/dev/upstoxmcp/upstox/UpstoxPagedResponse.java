package dev.upstoxmcp.upstox;

import dev.upstoxmcp.upstox.dto.PageMetadata;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Upstox's success envelope for paged lists: {@code {"status":"success","data":…,"metadata":{"page":…}}}. Upstox
 * spells the page block {@code metadata} on some endpoints (news, P&amp;L) and {@code meta_data} on others
 * (mutual-fund SIPs and orders, trade history); both are read. A class, like {@link UpstoxResponse}, so JSON-B
 * resolves the type of {@code data}.
 */
public final class UpstoxPagedResponse<T> extends UpstoxResponse<T> {

    private PageMetadata metadata;
    @JsonbProperty("meta_data")
    private PageMetadata metaData;

    public UpstoxPagedResponse() {}

    public UpstoxPagedResponse(String status, T data, PageMetadata metadata) {
        super(status, data);
        this.metadata = metadata;
    }

    /**
     * For {@link UpstoxGateway#fetch}, which checks the status and unwraps {@code data}: this whole envelope as the
     * data of a plain one, so the page block survives the unwrapping. A missing body stays missing.
     */
    public static <T> UpstoxResponse<UpstoxPagedResponse<T>> enveloped(UpstoxPagedResponse<T> response) {
        return response == null ? null : new UpstoxResponse<>(response.getStatus(), response);
    }

    /** The page block, whichever spelling Upstox used; null when it sent none. */
    public PageMetadata.Page page() {
        PageMetadata block = metadata != null ? metadata : metaData;
        return block == null ? null : block.page();
    }

    /** Pages Upstox has for the request; 0 when it did not say. */
    public int totalPages() {
        PageMetadata.Page page = page();
        return page == null || page.totalPages() == null ? 0 : page.totalPages();
    }

    public PageMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(PageMetadata metadata) {
        this.metadata = metadata;
    }

    public PageMetadata getMetaData() {
        return metaData;
    }

    public void setMetaData(PageMetadata metaData) {
        this.metaData = metaData;
    }
}
