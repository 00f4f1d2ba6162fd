package dev.upstoxmcp.upstox.instruments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full-size instrument master in the shape and proportions of Upstox's complete file (about 120 000 records in
 * late 2026): the sandbox's real instruments, plus seeded synthetic NSE/BSE equities, indices, stock and index
 * futures and options over several expiries, MCX commodities and currency derivatives.
 */
final class FullSizeMaster {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final String[] SYLLABLES = {"AR", "BA", "CHA", "DE", "GA", "HI", "IN", "JA", "KA", "LA", "MA",
            "NA", "PA", "RA", "SA", "TA", "VA", "YA", "ZEN", "TRO", "MET", "POL", "SUN", "STAR", "TECH", "FIN"};
    private static final String[] SECTORS = {"INDUSTRIES", "TECHNOLOGIES", "PHARMA", "FINANCE", "STEEL", "POWER",
            "CHEMICALS", "TEXTILES", "INFRA", "FOODS", "MOTORS", "CEMENT", "BANK", "ENERGY", "CAPITAL", "LOGISTICS"};
    private static final String[] COMMODITIES = {"CRUDEOIL", "NATURALGAS", "GOLD", "GOLDM", "SILVER", "SILVERM",
            "COPPER", "ZINC", "ALUMINIUM", "LEAD", "NICKEL", "MENTHAOIL", "COTTON"};
    private static final String[] CURRENCIES = {"USDINR", "EURINR", "GBPINR", "JPYINR"};

    private final SplittableRandom random = new SplittableRandom(20261124);
    private final LocalDate today = LocalDate.of(2026, 11, 24);
    private int token = 100_000;

    /** Writes the master, gzipped like the CDN file; returns the number of records. */
    int write(Path sandboxMaster, Path target) throws IOException {
        int count = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target), 1 << 16);
             JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (JsonNode real : JSON.readTree(sandboxMaster.toFile())) {
                json.writePOJO(real);
                count++;
            }
            List<String[]> stocks = new ArrayList<>();
            for (int i = 0; i < 2600; i++) {
                String symbol = symbol(i);
                String name = words(2) + " " + SECTORS[random.nextInt(SECTORS.length)] + " LTD";
                String isin = String.format(Locale.ROOT, "INE%03d%s01%d", i % 1000, letters(1), i % 10);
                equity(json, "NSE", symbol, name, isin, "EQ");
                count++;
                if (random.nextInt(10) < 8) {
                    equity(json, "BSE", symbol, name, isin, "A");
                    count++;
                }
                if (i < 220) stocks.add(new String[] {symbol, "NSE_EQ|" + isin});
            }
            for (int i = 0; i < 2400; i++) {     // BSE-only companies
                equity(json, "BSE", symbol(10_000 + i), words(2) + " " + SECTORS[random.nextInt(SECTORS.length)]
                        + " LTD", String.format(Locale.ROOT, "INE%03d%s02%d", i % 1000, letters(1), i % 10), "B");
                count++;
            }
            for (int i = 0; i < 120; i++) {
                index(json, "NSE_INDEX|Nifty " + words(1), "NIFTY " + words(1), "NSE");
                count++;
            }
            List<LocalDate> monthly = monthlyExpiries(3);
            for (String[] stock : stocks) {
                double spot = 100 + random.nextInt(4000);
                double step = spot < 500 ? 5 : spot < 2000 ? 20 : 50;
                for (LocalDate expiry : monthly) {
                    count += derivatives(json, "NSE_FO", "NSE", stock[0], stock[1], expiry, false, spot, step, 70,
                            250 + 250 * random.nextInt(6));
                }
            }
            String[][] indices = {{"NIFTY", "NSE_INDEX|Nifty 50", "26000", "50", "75"},
                    {"BANKNIFTY", "NSE_INDEX|Nifty Bank", "58000", "100", "35"},
                    {"FINNIFTY", "NSE_INDEX|Nifty Fin Service", "27000", "50", "65"},
                    {"MIDCPNIFTY", "NSE_INDEX|NIFTY MID SELECT", "13500", "25", "140"}};
            for (String[] index : indices) {
                for (LocalDate expiry : weeklyExpiries(index[0].equals("NIFTY") ? 12 : 3)) {
                    count += derivatives(json, "NSE_FO", "NSE", index[0], index[1], expiry, true,
                            Double.parseDouble(index[2]), Double.parseDouble(index[3]), 120,
                            Integer.parseInt(index[4]));
                }
            }
            for (LocalDate expiry : weeklyExpiries(6)) {
                count += derivatives(json, "BSE_FO", "BSE", "SENSEX", "BSE_INDEX|SENSEX", expiry, true, 85000, 100,
                        120, 20);
            }
            for (String commodity : COMMODITIES) {
                for (LocalDate expiry : monthlyExpiries(6)) {
                    count += derivatives(json, "MCX_FO", "MCX", commodity, "MCX_COM|" + commodity, expiry, false,
                            1000 + random.nextInt(90000), 50, 60, 1 + random.nextInt(100));
                }
            }
            for (String currency : CURRENCIES) {
                for (LocalDate expiry : monthlyExpiries(12)) {
                    count += derivatives(json, "NCD_FO", "NSE", currency, "NCD_FO|" + currency, expiry, false,
                            80 + random.nextInt(80), 0.25, 60, 1000);
                }
            }
            json.writeEndArray();
        }
        return count;
    }

    private void equity(JsonGenerator json, String exchange, String symbol, String name, String isin, String type) {
        json.writeStartObject();
        json.writeStringProperty("segment", exchange + "_EQ");
        json.writeStringProperty("name", name);
        json.writeStringProperty("exchange", exchange);
        json.writeStringProperty("isin", isin);
        json.writeStringProperty("instrument_type", type);
        json.writeStringProperty("instrument_key", exchange + "_EQ|" + isin);
        json.writeNumberProperty("lot_size", 1);
        json.writeNumberProperty("freeze_quantity", 100000.0);
        json.writeStringProperty("exchange_token", String.valueOf(token++));
        json.writeNumberProperty("tick_size", 5.0);
        json.writeStringProperty("trading_symbol", symbol);
        json.writeStringProperty("short_name", name.substring(0, name.indexOf(' ', name.indexOf(' ') + 1)));
        json.writeStringProperty("security_type", "NORMAL");
        json.writeEndObject();
    }

    private void index(JsonGenerator json, String key, String symbol, String exchange) {
        json.writeStartObject();
        json.writeStringProperty("segment", key.substring(0, key.indexOf('|')));
        json.writeStringProperty("name", key.substring(key.indexOf('|') + 1));
        json.writeStringProperty("exchange", exchange);
        json.writeStringProperty("instrument_type", "INDEX");
        json.writeStringProperty("instrument_key", key + " " + token);
        json.writeStringProperty("exchange_token", String.valueOf(token++));
        json.writeStringProperty("trading_symbol", symbol);
        json.writeEndObject();
    }

    /** A future and {@code strikes} calls and puts around the spot; returns the records written. */
    private int derivatives(JsonGenerator json, String segment, String exchange, String underlying,
                            String underlyingKey, LocalDate expiry, boolean weekly, double spot, double step,
                            int strikes, int lot) {
        String date = String.format(Locale.ROOT, "%02d %s %02d", expiry.getDayOfMonth(),
                expiry.getMonth().name().substring(0, 3), expiry.getYear() % 100);
        derivative(json, segment, exchange, underlying, underlyingKey, expiry, weekly, "FUT", 0,
                underlying + " FUT " + date, lot);
        double first = Math.round(spot / step) * step - step * (strikes / 2);
        for (int i = 0; i < strikes; i++) {
            double strike = first + i * step;
            String strikeText = strike == Math.rint(strike) ? String.valueOf((long) strike) : String.valueOf(strike);
            for (String type : new String[] {"CE", "PE"}) {
                derivative(json, segment, exchange, underlying, underlyingKey, expiry, weekly, type, strike,
                        underlying + " " + strikeText + " " + type + " " + date, lot);
            }
        }
        return 1 + strikes * 2;
    }

    private void derivative(JsonGenerator json, String segment, String exchange, String underlying,
                            String underlyingKey, LocalDate expiry, boolean weekly, String type, double strike,
                            String symbol, int lot) {
        json.writeStartObject();
        json.writeBooleanProperty("weekly", weekly);
        json.writeStringProperty("segment", segment);
        json.writeStringProperty("name", underlying);
        json.writeStringProperty("exchange", exchange);
        json.writeNumberProperty("expiry", expiry.atTime(LocalTime.of(23, 59, 59)).toInstant(IST).toEpochMilli());
        json.writeStringProperty("instrument_type", type);
        json.writeStringProperty("underlying_symbol", underlying);
        json.writeStringProperty("instrument_key", segment + "|" + token);
        json.writeNumberProperty("lot_size", lot);
        json.writeNumberProperty("freeze_quantity", 1800.0);
        json.writeStringProperty("exchange_token", String.valueOf(token++));
        json.writeNumberProperty("minimum_lot", lot);
        json.writeStringProperty("underlying_key", underlyingKey);
        json.writeNumberProperty("tick_size", 5.0);
        json.writeStringProperty("underlying_type", underlyingKey.contains("INDEX") ? "INDEX" : "EQUITY");
        json.writeStringProperty("trading_symbol", symbol);
        json.writeNumberProperty("strike_price", strike);
        json.writeEndObject();
    }

    private List<LocalDate> monthlyExpiries(int months) {
        List<LocalDate> expiries = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            expiries.add(today.plusMonths(i).with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY)));
        }
        return expiries;
    }

    private List<LocalDate> weeklyExpiries(int weeks) {
        List<LocalDate> expiries = new ArrayList<>();
        LocalDate tuesday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        for (int i = 0; i < weeks; i++) expiries.add(tuesday.plusWeeks(i));
        return expiries;
    }

    private String symbol(int seed) {
        String text = words(1) + letters(1 + seed % 3);
        return text.substring(0, Math.min(text.length(), 4 + seed % 7));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) text.append(' ');
            for (int s = 0; s < 2 + random.nextInt(2); s++) text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return text.toString();
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append((char) ('A' + random.nextInt(26)));
        return text.toString();
    }
}
