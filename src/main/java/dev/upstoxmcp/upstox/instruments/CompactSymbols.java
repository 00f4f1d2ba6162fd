package dev.upstoxmcp.upstox.instruments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exchange's compact trading symbols of futures and options, which positions, orders and quote keys use while
 * the instrument master spells contracts out ("NIFTY 26000 CE 29 DEC 26"). NSE writes a monthly contract as
 * underlying, year, month and strike ({@code NIFTY26DEC26000CE}, {@code BANKNIFTY26DECFUT}) and a weekly one with a
 * one-character month (1-9, O, N, D) and the day ({@code NIFTY2612226000CE}). Parsed at search time rather than
 * indexed, which would double the heap a full master holds.
 */
final class CompactSymbols {

    private static final Pattern MONTHLY = Pattern.compile(
            "([A-Z&-]+?)(\\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:(\\d+(?:\\.\\d+)?)(CE|PE)|(FUT))");
    private static final Pattern WEEKLY = Pattern.compile("([A-Z&-]+?)(\\d{2})([1-9OND])(\\d{2})(\\d+(?:\\.\\d+)?)(CE|PE)");
    private static final String MONTH_CODES = "123456789OND";

    /**
     * A contract named compactly: for a monthly one {@code day} is null and the contract is the month's last expiry.
     */
    record Contract(String underlying, int year, Month month, Integer day, BigDecimal strike, String type) {

        boolean matches(Instrument instrument) {
            LocalDate expiry = instrument.expiry();
            return expiry != null && type.equals(instrument.type()) && underlying.equalsIgnoreCase(
                    instrument.underlyingSymbol() != null ? instrument.underlyingSymbol() : instrument.name())
                    && expiry.getYear() == year && expiry.getMonth() == month
                    && (day == null || expiry.getDayOfMonth() == day)
                    && (strike == null || instrument.strike() != null && strike.compareTo(instrument.strike()) == 0);
        }
    }

    private CompactSymbols() {}

    static Optional<Contract> parse(String text) {
        String symbol = text.strip().toUpperCase(Locale.ROOT);
        Matcher monthly = MONTHLY.matcher(symbol);
        if (monthly.matches()) {
            boolean future = monthly.group(6) != null;
            return Optional.of(new Contract(monthly.group(1), 2000 + Integer.parseInt(monthly.group(2)),
                    month(monthly.group(3)), null, future ? null : new BigDecimal(monthly.group(4)),
                    future ? "FUT" : monthly.group(5)));
        }
        Matcher weekly = WEEKLY.matcher(symbol);
        if (weekly.matches()) {
            return Optional.of(new Contract(weekly.group(1), 2000 + Integer.parseInt(weekly.group(2)),
                    Month.of(MONTH_CODES.indexOf(weekly.group(3).charAt(0)) + 1), Integer.parseInt(weekly.group(4)),
                    new BigDecimal(weekly.group(5)), weekly.group(6)));
        }
        return Optional.empty();
    }

    private static Month month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().startsWith(abbreviation)) return month;
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
