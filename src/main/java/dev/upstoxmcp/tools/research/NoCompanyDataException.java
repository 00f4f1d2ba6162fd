package dev.upstoxmcp.tools.research;

import java.io.Serial;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Upstox has no data of one kind (profile, ratios, a statement, …) for a company: it answered "not found". Tools
 * about many companies treat this as a gap in one company's data, not as a failure of the whole answer.
 */
public final class NoCompanyDataException extends ToolCallException {

    @Serial
    private static final long serialVersionUID = 1L;

    NoCompanyDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
