package dev.upstoxmcp.tools.options;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;

/** Greeks of option contracts in the order asked; {@code notQuoted} names those Upstox returned nothing for. */
public record OptionGreeksAnswer(
        List<OptionGreeks> options,
        List<String> notQuoted,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String named = options.stream().limit(4).map(option -> option.symbol() + " ₹" + option.lastPrice() + " IV "
                + option.ivPercent() + "% Δ " + option.delta()).collect(Collectors.joining("; "));
        return options.size() + (options.size() == 1 ? " option: " : " options: ") + named
                + (options.size() > 4 ? "; and " + (options.size() - 4) + " more" : "")
                + (notQuoted.isEmpty() ? "" : "; no data for " + String.join(", ", notQuoted)) + ".";
    }
}
