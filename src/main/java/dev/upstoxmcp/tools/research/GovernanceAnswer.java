package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/**
 * A governance review of listed companies (the account's equity holdings, or the ones asked for) from their
 * corporate actions and shareholding, per company and for the portfolio. Dates IST; amounts INR; shareholding in %
 * of shares, changes in percentage points (pp).
 *
 * @param lookbackMonths past actions shown are those of this many months up to today; upcoming ones are all shown
 * @param notCovered     holdings left out because they are not company shares (ETFs, bonds), with the reason
 * @param notes          the flag rules, and what the data cannot say (pledges)
 */
public record GovernanceAnswer(
        int lookbackMonths,
        List<CompanyGovernance> companies,
        PortfolioGovernance portfolio,
        List<String> notCovered,
        List<String> notes,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /**
     * One company.
     *
     * @param lastPrice             INR, for the dividend yield
     * @param boardMeetings         board meetings in the lookback and upcoming, newest first
     * @param shareholderMeetings   AGMs and EGMs in the lookback and upcoming
     * @param dividends             dividends with an ex-date in the lookback or upcoming
     * @param dividendsLast12Months INR per share, ex-dates in the 365 days up to today
     * @param dividendYieldPercent  {@code dividendsLast12Months / lastPrice × 100}
     * @param capitalActions        bonuses, splits, rights issues and buybacks in the lookback and upcoming
     * @param note                  data Upstox does not have for this company
     */
    public record CompanyGovernance(InstrumentRef instrument, BigDecimal lastPrice,
                                    List<CorporateActionRow> boardMeetings,
                                    List<CorporateActionRow> shareholderMeetings, List<CorporateActionRow> dividends,
                                    BigDecimal dividendsLast12Months, BigDecimal dividendYieldPercent,
                                    List<CorporateActionRow> capitalActions, ShareholdingChanges shareholding,
                                    List<Flag> flags, String note) {}

    /**
     * Holdings at the latest quarter ({@code period}) and their change in pp since {@code comparedWith} (the oldest
     * quarter Upstox gives, usually a year earlier) and since the previous quarter. DII = other DIIs + mutual funds.
     */
    public record ShareholdingChanges(String period, String comparedWith, BigDecimal promoterPercent,
                                      BigDecimal promoterChange, BigDecimal promoterChangeLastQuarter,
                                      BigDecimal fiiPercent, BigDecimal fiiChange, BigDecimal diiPercent,
                                      BigDecimal diiChange, BigDecimal mutualFundsPercent,
                                      BigDecimal mutualFundsChange) {}

    /** Something to look at, by a stated rule (see the notes). */
    public record Flag(String rule, String message) {}

    /** How many companies raised each flag, and which companies raised any, most flags first. */
    public record PortfolioGovernance(int companiesReviewed, int flagged, List<FlagCount> flagCounts,
                                      List<String> needAttention) {}

    public record FlagCount(String rule, int companies) {}

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder("Governance of ").append(portfolio.companiesReviewed())
                .append(portfolio.companiesReviewed() == 1 ? " company" : " companies").append(" over ")
                .append(lookbackMonths).append(" months: ");
        if (portfolio.flagged() == 0) {
            text.append("no flags");
        } else {
            text.append(portfolio.flagged()).append(portfolio.flagged() == 1 ? " company" : " companies")
                    .append(" flagged (").append(portfolio.flagCounts().stream()
                            .map(count -> count.rule() + " " + count.companies()).collect(Collectors.joining(", ")))
                    .append("): ").append(String.join(", ", portfolio.needAttention()));
        }
        return text.append(". Pledged shares are not in Upstox's data.").toString();
    }
}
