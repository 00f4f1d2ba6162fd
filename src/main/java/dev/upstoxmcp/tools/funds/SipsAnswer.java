package dev.upstoxmcp.tools.funds;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/** A page of SIPs, soonest next instalment first, with totals over all of them. */
public record SipsAnswer(
        SipStatus status,
        List<SipRow> sips,
        SipTotals totals,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (totals.sips() == 0) {
            return "No " + (status == SipStatus.ALL ? "" : status.name().toLowerCase(Locale.ROOT) + " ") + "SIPs.";
        }
        SipRow next = sips.stream().filter(sip -> "ACTIVE".equals(sip.status()) && sip.nextInstalment() != null)
                .findFirst().orElse(null);
        return totals.sips() + " SIPs (" + totals.active() + " active, " + totals.paused() + " paused), "
                + Inr.format(totals.monthlyCommitment()) + " a month, " + Inr.format(totals.investedSoFar())
                + " invested so far"
                + (next == null ? "" : "; next: " + Inr.format(next.amount()) + " into " + next.fund() + " on "
                        + next.nextInstalment())
                + (hasMore ? "; showing " + sips.size() + ", pass next_cursor for more" : "") + ".";
    }
}
