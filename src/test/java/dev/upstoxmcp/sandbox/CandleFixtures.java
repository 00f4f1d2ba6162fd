package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;

import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ObjectNode;

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
        ObjectNode mapping = NODES.objectNode()
                .put("name", "Historical and intraday candles of every recorded instrument, sliced per request");
        ObjectNode request = mapping.putObject("request").put("method", "GET")
                .put("urlPathPattern", "/v3/historical-candle/.+");
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.putArray("transformers").add(CandleEndpoint.TRANSFORMER);
        fixtures.file("mappings/market/historical-candles.json", Fixtures.write(mapping));
    }
}
