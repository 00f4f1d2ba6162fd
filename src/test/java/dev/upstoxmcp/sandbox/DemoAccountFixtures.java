package dev.upstoxmcp.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every file of {@code sandbox-fixtures}: the demo account and market of the {@link
 * dev.upstoxmcp.sandbox.world.DemoWorld demo world} in Upstox's exact shapes, Upstox's error answers, and the
 * WireMock stub mappings serving them. Nothing is recorded from a real account; every number comes from the world's
 * seeded model and ledger, so the files agree with each other.
 *
 * <p>Run {@code ./mvnw -q test -Dtest=DemoAccountFixturesTest -Dfixtures.write=true} to regenerate
 * {@code sandbox-fixtures}; {@link DemoAccountFixturesTest} fails when the committed files differ from this output.
 */
public final class DemoAccountFixtures {

    private DemoAccountFixtures() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "sandbox-fixtures");
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every generated file, by path relative to {@code sandbox-fixtures}. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        Fixtures fixtures = new Fixtures(files);
        PositionFixtures positions = new PositionFixtures();
        AccountFixtures account = new AccountFixtures(positions);
        account.addTo(fixtures);
        positions.addTo(fixtures);
        new OrderFixtures(account).addTo(fixtures);
        new TradeHistoryFixtures().addTo(fixtures);
        new PnlFixtures().addTo(fixtures);
        new CandleFixtures().addTo(fixtures);
        new InstrumentFixtures().addTo(fixtures);
        new QuoteFixtures().addTo(fixtures);
        new MarketCalendarFixtures().addTo(fixtures);
        new MutualFundFixtures().addTo(fixtures);
        new FundamentalsFixtures().addTo(fixtures);
        new NewsFixtures().addTo(fixtures);
        UpstoxErrorFixtures.addTo(fixtures);
        return files;
    }
}
