package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.upstoxmcp.upstox.dto.Holding;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

class FixtureContractTest {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void holdingsParse() throws Exception {
        Type type = PortfolioApi.class.getMethod("longTermHoldings").getGenericReturnType();
        UpstoxResponse<List<Holding>> response = JSONB.fromJson(
                Files.readString(Path.of("sandbox-fixtures/__files/portfolio/long-term-holdings.json")), type);
        assertEquals(new BigDecimal("1479.85"), response.getData().get(0).lastPrice());
    }
}
