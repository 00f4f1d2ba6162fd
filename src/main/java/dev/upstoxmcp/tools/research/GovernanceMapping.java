package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.research.GovernanceAnswer.CompanyGovernance;
import dev.upstoxmcp.tools.research.GovernanceAnswer.Flag;
import dev.upstoxmcp.tools.research.GovernanceAnswer.FlagCount;
import dev.upstoxmcp.tools.research.GovernanceAnswer.PortfolioGovernance;
import dev.upstoxmcp.tools.research.GovernanceAnswer.ShareholdingChanges;
import dev.upstoxmcp.upstox.dto.CorporateAction;

/**
 * A company's corporate actions and shareholding turned into a governance review with flags by fixed rules:
 * <ul>
 *   <li>{@code promoter_selling}: promoter holding fell by more than {@link #PROMOTER_DROP_PP} pp since the compared
 *   quarter;</li>
 *   <li>{@code institutions_selling}: FIIs and DIIs (incl. mutual funds) together fell by more than
 *   {@link #INSTITUTIONS_DROP_PP} pp since the compared quarter;</li>
 *   <li>{@code egm}: an extraordinary general meeting in the lookback or upcoming (its purpose);</li>
 *   <li>{@code rights_issue}: a rights issue in the lookback or upcoming (dilutes holders who do not subscribe);</li>
 *   <li>{@code no_dividend}: no dividend with an ex-date in the last 12 months;</li>
 *   <li>{@code board_meeting_soon}: a board meeting within {@link #SOON_DAYS} days (its purpose).</li>
 * </ul>
 */
final class GovernanceMapping {

    static final BigDecimal PROMOTER_DROP_PP = BigDecimal.ONE;
    static final BigDecimal INSTITUTIONS_DROP_PP = BigDecimal.valueOf(2);
    static final int SOON_DAYS = 14;
    static final List<String> RULES = List.of("promoter_selling", "institutions_selling", "egm", "rights_issue",
            "no_dividend", "board_meeting_soon");
    static final String PLEDGE_NOTE = "Pledged shares: Upstox's shareholding data has no pledge field, so promoter "
            + "pledges are not reported here.";
    static final String RULES_NOTE = "Flags: promoter_selling (promoter holding down > 1 pp since the compared "
            + "quarter), institutions_selling (FII + DII down > 2 pp), egm (an EGM in the lookback or upcoming), "
            + "rights_issue (in the lookback or upcoming), no_dividend (none with an ex-date in the last 12 months), "
            + "board_meeting_soon (within 14 days).";

    private static final Set<CorporateActionType> CAPITAL = Set.of(CorporateActionType.BONUS,
            CorporateActionType.SPLIT, CorporateActionType.RIGHTS, CorporateActionType.BUYBACK);

    private GovernanceMapping() {}

    /**
     * @param actions      null when Upstox has none for the company
     * @param shareholding null when Upstox has none
     */
    static CompanyGovernance review(InstrumentRef company, BigDecimal lastPrice, List<CorporateAction> actions,
                                    FundamentalsAnswer.Shareholding shareholding, LocalDate today,
                                    int lookbackMonths, List<String> gaps) {
        List<CorporateActionRow> rows = actions == null ? List.of()
                : CorporateActionMapping.rows(actions, CorporateActionType.ALL, today);
        LocalDate from = today.minusMonths(lookbackMonths);
        Predicate<CorporateActionRow> inView = row -> row.date() != null && !row.date().isBefore(from);
        List<CorporateActionRow> board = of(rows, inView, Set.of(CorporateActionType.BOARD_MEETING));
        List<CorporateActionRow> meetings = of(rows, inView, Set.of(CorporateActionType.AGM, CorporateActionType.EGM));
        List<CorporateActionRow> capital = of(rows, inView, CAPITAL);
        BigDecimal dividends = actions == null ? null : CorporateActionMapping.dividendsLast12Months(rows, today);
        ShareholdingChanges holders = shareholding == null ? null : changes(shareholding);
        List<Flag> flags = new ArrayList<>();
        shareholdingFlags(holders, flags);
        meetings.stream().filter(row -> is(row, CorporateActionType.EGM)).forEach(egm -> flags.add(new Flag("egm",
                "EGM " + (egm.upcoming() ? "called for " : "held on ") + egm.date() + purpose(egm) + ".")));
        capital.stream().filter(row -> is(row, CorporateActionType.RIGHTS)).forEach(rights -> flags.add(new Flag(
                "rights_issue", "Rights issue" + (rights.ratio() == null ? "" : " " + rights.ratio()) + " on "
                        + rights.date() + ": holders who do not subscribe are diluted.")));
        if (dividends != null && dividends.signum() == 0) {
            flags.add(new Flag("no_dividend", "No dividend with an ex-date in the last 12 months."));
        }
        board.stream().filter(row -> row.upcoming() && !row.date().isAfter(today.plusDays(SOON_DAYS)))
                .sorted(Comparator.comparing(CorporateActionRow::date))
                .forEach(meeting -> flags.add(new Flag("board_meeting_soon", "Board meeting on " + meeting.date()
                        + " (in " + ChronoUnit.DAYS.between(today, meeting.date()) + " days)" + purpose(meeting)
                        + ".")));
        return new CompanyGovernance(company, lastPrice, board, meetings,
                of(rows, inView, Set.of(CorporateActionType.DIVIDEND)), dividends,
                dividends == null || lastPrice == null || lastPrice.signum() == 0 ? null
                        : Inr.percent(dividends, lastPrice), capital, holders, flags,
                gaps.isEmpty() ? null : String.join(" ", gaps));
    }

    /** Flag counts in rule order; companies with flags, most flags first (then as reviewed). */
    static PortfolioGovernance portfolio(List<CompanyGovernance> companies) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        RULES.forEach(rule -> counts.put(rule, (int) companies.stream()
                .filter(company -> company.flags().stream().anyMatch(flag -> flag.rule().equals(rule))).count()));
        List<FlagCount> flagCounts = counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new FlagCount(entry.getKey(), entry.getValue())).toList();
        List<String> attention = companies.stream().filter(company -> !company.flags().isEmpty())
                .sorted(Comparator.comparingInt((CompanyGovernance company) -> -company.flags().size()))
                .map(company -> company.instrument().symbol()).toList();
        return new PortfolioGovernance(companies.size(), attention.size(), flagCounts, attention);
    }

    private static void shareholdingFlags(ShareholdingChanges holders, List<Flag> flags) {
        if (holders == null || holders.comparedWith() == null) return;
        if (holders.promoterChange() != null && holders.promoterChange().negate().compareTo(PROMOTER_DROP_PP) > 0) {
            flags.add(new Flag("promoter_selling", "Promoter holding fell " + holders.promoterChange().negate()
                    .toPlainString() + " pp to " + holders.promoterPercent().toPlainString() + "% between "
                    + holders.comparedWith() + " and " + holders.period() + "."));
        }
        if (holders.fiiChange() != null && holders.diiChange() != null) {
            BigDecimal institutions = holders.fiiChange().add(holders.diiChange());
            if (institutions.negate().compareTo(INSTITUTIONS_DROP_PP) > 0) {
                flags.add(new Flag("institutions_selling", "FIIs and DIIs together cut their holding by "
                        + institutions.negate().toPlainString() + " pp between " + holders.comparedWith() + " and "
                        + holders.period() + "."));
            }
        }
    }

    /** Promoters, FIIs, DIIs (other DIIs + mutual funds) and mutual funds, with their changes. */
    static ShareholdingChanges changes(FundamentalsAnswer.Shareholding shareholding) {
        Map<String, FundamentalsAnswer.Holder> byCategory = new LinkedHashMap<>();
        shareholding.holders().forEach(holder -> byCategory.put(holder.category(), holder));
        FundamentalsAnswer.Holder promoters = byCategory.get("promoters");
        FundamentalsAnswer.Holder fii = byCategory.get("fii");
        FundamentalsAnswer.Holder otherDii = byCategory.get("other_dii");
        FundamentalsAnswer.Holder funds = byCategory.get("mutual_funds");
        return new ShareholdingChanges(shareholding.period(), shareholding.comparedWith(),
                field(promoters, FundamentalsAnswer.Holder::percent),
                field(promoters, FundamentalsAnswer.Holder::changeSinceComparedWith),
                field(promoters, FundamentalsAnswer.Holder::changeSinceLastQuarter),
                field(fii, FundamentalsAnswer.Holder::percent),
                field(fii, FundamentalsAnswer.Holder::changeSinceComparedWith),
                sum(field(otherDii, FundamentalsAnswer.Holder::percent), field(funds,
                        FundamentalsAnswer.Holder::percent)),
                sum(field(otherDii, FundamentalsAnswer.Holder::changeSinceComparedWith), field(funds,
                        FundamentalsAnswer.Holder::changeSinceComparedWith)),
                field(funds, FundamentalsAnswer.Holder::percent),
                field(funds, FundamentalsAnswer.Holder::changeSinceComparedWith));
    }

    private static List<CorporateActionRow> of(List<CorporateActionRow> rows, Predicate<CorporateActionRow> inView,
                                               Set<CorporateActionType> types) {
        return rows.stream().filter(inView).filter(row -> types.contains(CorporateActionMapping.typeOf(
                row.action()))).toList();
    }

    private static boolean is(CorporateActionRow row, CorporateActionType type) {
        return CorporateActionMapping.typeOf(row.action()) == type;
    }

    private static String purpose(CorporateActionRow row) {
        return row.kind() == null ? "" : ": " + row.kind();
    }

    private static BigDecimal field(FundamentalsAnswer.Holder holder,
                                    Function<FundamentalsAnswer.Holder, BigDecimal> value) {
        return holder == null ? null : value.apply(holder);
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
