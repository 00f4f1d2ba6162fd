package dev.upstoxmcp.sandbox;

import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;

/**
 * The daily series of every modelled security as {@code __files/candles/<key>.csv}, and one stub mapping that lets
 * {@link CandleEndpoint} answer every candle request from them.
 */
final class CandleFixtures {

    void addTo(Fixtures fixtures) {
        DemoWorld world = DemoWorld.get();
        for (Security security : Securities.ALL) {
            StringBuilder csv = new StringBuilder("date,open,high,low,close,volume\n");
            for (DailyBar bar : world.market().bars(security.key())) {
                csv.append(bar.date()).append(',').append(bar.open().toPlainString()).append(',')
                        .append(bar.high().toPlainString()).append(',').append(bar.low().toPlainString()).append(',')
                        .append(bar.close().toPlainString()).append(',').append(bar.volume()).append('\n');
            }
            fixtures.file("__files/" + CandleEndpoint.seriesFile(security.key()), csv.toString());
        }
        fixtures.computed("market/historical-candles", "Historical and intraday candles of every recorded "
                + "instrument, sliced per request", "/v3/historical-candle/.+", CandleEndpoint.TRANSFORMER);
    }
}
