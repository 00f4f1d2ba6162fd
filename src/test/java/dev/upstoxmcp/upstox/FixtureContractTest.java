package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.upstoxmcp.sandbox.CandleEndpoint;
import dev.upstoxmcp.sandbox.ComputedEndpoints;
import dev.upstoxmcp.sandbox.EndpointAnswer;
import dev.upstoxmcp.sandbox.QuoteEndpoint;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every Upstox endpoint the Rest Clients call has a sandbox fixture, and every fixture body parses through the
 * production DTOs with JSON-B without losing a field: each member the fixture carries arrives non-null in the DTO
 * (a misspelt {@code @JsonbProperty} would leave it null), and unknown fields are ignored.
 */
class FixtureContractTest {

    static final java.nio.file.Path FIXTURES = java.nio.file.Path.of("sandbox-fixtures");
    static final Jsonb JSONB = JsonbBuilder.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Class<?>> APIS = List.of(UserApi.class, PortfolioApi.class, HistoryApi.class,
            MarketQuoteApi.class, OptionApi.class);

    /** Requests for endpoints the sandbox computes (no body file): a key of each kind the quote book holds. */
    private static final String SAMPLE_KEYS = "instrument_key=NSE_EQ%7CINE002A01018,NSE_INDEX%7CNifty%2050,"
            + "NSE_FO%7C52002,NSE_FO%7C71040";
    private static final Map<String, String[]> COMPUTED = Map.of(
            "historical", new String[] {CandleEndpoint.TRANSFORMER,
                    "/v3/historical-candle/NSE_EQ%7CINE002A01018/days/1/2026-11-20/2026-10-01", null},
            "intraday", new String[] {CandleEndpoint.TRANSFORMER,
                    "/v3/historical-candle/intraday/NSE_EQ%7CINE002A01018/minutes/30", null},
            "quotes", new String[] {QuoteEndpoint.TRANSFORMER, "/v3/market-quote/quotes", SAMPLE_KEYS},
            "ltp", new String[] {QuoteEndpoint.TRANSFORMER, "/v3/market-quote/ltp", SAMPLE_KEYS},
            "ohlc", new String[] {QuoteEndpoint.TRANSFORMER, "/v3/market-quote/ohlc", SAMPLE_KEYS + "&interval=1d"},
            "optionGreeks", new String[] {QuoteEndpoint.TRANSFORMER, "/v3/market-quote/option-greek",
                    "instrument_key=NSE_FO%7C71040,NSE_FO%7C71041"});
    private static final ComputedEndpoints SANDBOX = ComputedEndpoints.directory(FIXTURES);

    static Stream<Method> endpoints() {
        return APIS.stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .filter(method -> method.isAnnotationPresent(Path.class));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAFixtureThatParsesWithoutLosingAField(Method endpoint) throws IOException {
        String body = bodyFor(endpoint);
        Type type = endpoint.getGenericReturnType();
        UpstoxResponse<?> parsed = JSONB.fromJson(body, type);
        assertEquals("success", parsed.getStatus());
        assertNotNull(parsed.getData());
        assertNothingLost(JSON.readTree(body).get("data"), parsed.getData(), endpoint.getName());
    }

    /** A DTO member no fixture ever carries is misspelt or dead: its JSON name must appear somewhere. */
    @org.junit.jupiter.api.Test
    void everyDtoMemberAppearsInSomeFixture() throws IOException {
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        for (Method endpoint : endpoints().toList()) {
            String body = bodyFor(endpoint);
            UpstoxResponse<?> parsed = JSONB.fromJson(body, endpoint.getGenericReturnType());
            collectNames(JSON.readTree(body).get("data"), parsed.getData(), seen);
        }
        for (Map.Entry<Class<?>, Set<String>> type : seen.entrySet()) {
            for (RecordComponent component : type.getKey().getRecordComponents()) {
                assertTrue(type.getValue().contains(jsonName(component)), () -> type.getKey().getSimpleName() + "."
                        + component.getName() + " maps \"" + jsonName(component) + "\", which no fixture contains");
            }
        }
    }

    private static void collectNames(JsonNode json, Object value, Map<Class<?>, Set<String>> seen) {
        if (json == null || value == null) return;
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) collectNames(json.get(i), list.get(i), seen);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> collectNames(json.get(key.toString()), member, seen));
        } else if (value.getClass().isRecord()) {
            Set<String> names = seen.computeIfAbsent(value.getClass(), type -> new HashSet<>());
            json.propertyNames().forEach(names::add);
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collectNames(json.get(jsonName(component)), read(component, value), seen);
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property != null ? property.value() : component.getName();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void unknownFieldsAreIgnored(Method endpoint) throws IOException {
        JsonNode body = JSON.readTree(bodyFor(endpoint));
        Type data = ((ParameterizedType) endpoint.getGenericReturnType()).getActualTypeArguments()[0];
        boolean keyedBySymbol = data instanceof ParameterizedType map && map.getRawType() == Map.class;
        if (keyedBySymbol) {
            ((ObjectNode) body).put("field_from_the_future", 1);
            body.get("data").forEach(FixtureContractTest::addUnknownFields);   // a new key would be a new quote
        } else {
            addUnknownFields(body);
        }
        UpstoxResponse<?> parsed = JSONB.fromJson(JSON.writeValueAsString(body), endpoint.getGenericReturnType());
        assertNotNull(parsed.getData());
    }

    /** What the sandbox answers the endpoint: a computed answer to a sample request, or its stub's body file. */
    static String bodyFor(Method endpoint) throws IOException {
        String[] sample = COMPUTED.get(endpoint.getName());
        if (sample != null) {
            EndpointAnswer answer = SANDBOX.answer(sample[0], sample[1], sample[2]);
            assertEquals(200, answer.status(), () -> new String(answer.body(), StandardCharsets.UTF_8));
            return new String(answer.body(), StandardCharsets.UTF_8);
        }
        return Files.readString(FIXTURES.resolve("__files").resolve(bodyFileFor(endpoint)));
    }

    /** The body file of the stub mapping whose urlPath is the endpoint's path. */
    static String bodyFileFor(Method endpoint) throws IOException {
        String path = endpoint.getAnnotation(Path.class).value();
        try (Stream<java.nio.file.Path> mappings = Files.walk(FIXTURES.resolve("mappings"))) {
            for (java.nio.file.Path file : mappings.filter(Files::isRegularFile).toList()) {
                JsonNode mapping = JSON.readTree(file.toFile());
                if (path.equals(mapping.path("request").path("urlPath").asString(null))) {
                    return mapping.path("response").path("bodyFileName").asString();
                }
            }
        }
        return fail("no sandbox stub mapping serves " + path);
    }

    private static void assertNothingLost(JsonNode json, Object value, String where) {
        if (json == null || json.isNull()) return;
        assertNotNull(value, where + " is in the fixture but null after parsing");
        if (value instanceof List<?> list) {
            assertEquals(json.size(), list.size(), where);
            for (int i = 0; i < list.size(); i++) assertNothingLost(json.get(i), list.get(i), where + "[" + i + "]");
        } else if (value instanceof Map<?, ?> map) {
            assertEquals(json.size(), map.size(), where);
            map.forEach((key, member) -> assertNothingLost(json.get(key.toString()), member, where + "[" + key + "]"));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = jsonName(component);
                assertNothingLost(json.get(name), read(component, value), where + "." + name);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException inaccessible) {
            throw new AssertionError(inaccessible);
        }
    }

    private static void addUnknownFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<JsonNode> children = new ArrayList<>();
            object.forEach(children::add);
            object.put("field_from_the_future", 1).putObject("nested_from_the_future").put("x", true);
            children.forEach(FixtureContractTest::addUnknownFields);
        } else if (node.isArray()) {
            node.forEach(FixtureContractTest::addUnknownFields);
        }
    }

    @org.junit.jupiter.api.Test
    void bothErrorCodeSpellingsAreRead() {
        assertEquals("UDAPI100050", UpstoxErrorMapper.errorCodeOf("{\"status\":\"error\",\"errors\":[{\"errorCode\":"
                + "\"UDAPI100050\",\"message\":\"Invalid token used to access API\"}]}"));
        assertEquals("UDAPI10005", UpstoxErrorMapper.errorCodeOf("{\"status\":\"error\",\"errors\":[{\"error_code\":"
                + "\"UDAPI10005\"}]}"));
        for (String notAnEnvelope : List.of("", "<html>Error 1010</html>", "[1,2]", "{\"errors\":{}}",
                "{\"errors\":[]}", "{\"errors\":[{\"error_code\":7}]}")) {
            assertEquals(null, UpstoxErrorMapper.errorCodeOf(notAnEnvelope), notAnEnvelope);
        }
        
    }
}
