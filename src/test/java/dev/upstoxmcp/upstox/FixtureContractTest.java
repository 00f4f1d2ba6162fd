package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.upstoxmcp.sandbox.FixtureServer;
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
 * Every Upstox endpoint the Rest Clients call has a sandbox fixture, and every answer the sandbox gives it parses
 * through the production DTOs with JSON-B without losing a field: each member the fixture carries arrives non-null in
 * the DTO (a misspelt {@code @JsonbProperty} would leave it null), and unknown fields are ignored. An endpoint's
 * requests are those of the stub mappings with its path (and their query values), plus {@link #SAMPLES} for
 * endpoints answered by pattern or by a transformer.
 */
class FixtureContractTest {

    static final java.nio.file.Path FIXTURES = java.nio.file.Path.of("sandbox-fixtures");
    static final Jsonb JSONB = JsonbBuilder.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Class<?>> APIS = List.of(UserApi.class, PortfolioApi.class, OrderApi.class, ChargesApi.class,
            PnlApi.class, HistoryApi.class, InstrumentSearchApi.class, MarketQuoteApi.class, OptionApi.class, MarketInfoApi.class,
            MutualFundApi.class, FundamentalsApi.class, NewsApi.class);

    /** Keys of each kind the quote book holds: equity, index, future, option. */
    private static final String QUOTE_KEYS = "instrument_key=NSE_EQ|INE002A01018,NSE_INDEX|Nifty 50,NSE_FO|52002,"
            + "NSE_FO|71040";

    /** Requests (decoded path, optional {@code ?query}) of endpoints whose mappings match by pattern. */
    static final Map<String, List<String>> SAMPLES = Map.ofEntries(
            Map.entry("HistoryApi.historical", List.of("/v3/historical-candle/NSE_EQ|INE002A01018/days/1/2026-11-20/"
                    + "2026-10-01", "/v3/historical-candle/NSE_INDEX|Nifty 50/weeks/1/2026-11-20/2024-01-01")),
            Map.entry("HistoryApi.intraday", List.of("/v3/historical-candle/intraday/NSE_EQ|INE002A01018/minutes/30")),
            Map.entry("MarketQuoteApi.quotes", List.of("/v3/market-quote/quotes?" + QUOTE_KEYS)),
            Map.entry("MarketQuoteApi.ltp", List.of("/v3/market-quote/ltp?" + QUOTE_KEYS)),
            Map.entry("MarketQuoteApi.ohlc", List.of("/v3/market-quote/ohlc?" + QUOTE_KEYS + "&interval=1d",
                    "/v3/market-quote/ohlc?" + QUOTE_KEYS + "&interval=I30")),
            Map.entry("MarketQuoteApi.optionGreeks", List.of("/v3/market-quote/option-greek?instrument_key="
                    + "NSE_FO|71040,NSE_FO|71041")),
            Map.entry("MarketInfoApi.timings", List.of("/v2/market/timings/2026-11-20",
                    "/v2/market/timings/2026-11-25", "/v2/market/timings/2026-11-21")),
            Map.entry("MarketInfoApi.holidaysOn", List.of("/v2/market/holidays/2024-01-26",
                    "/v2/market/holidays/2026-11-25")),
            Map.entry("FundamentalsApi.competitors", List.of("/v2/fundamentals/NSE_EQ|INE467B01029/competitors",
                    "/v2/fundamentals/NSE_EQ|INE002A01018/competitors",
                    "/v2/fundamentals/NSE_EQ|INE397D01024/competitors")));

    /**
     * A request to replay through the sandbox, or (for a mapping that matches its query by pattern, so has no one
     * request) the mapping's own body.
     */
    record Sample(String path, Map<String, String> query, String body) {

        @Override
        public String toString() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    static Stream<Method> endpoints() {
        return APIS.stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .filter(method -> method.isAnnotationPresent(Path.class));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAFixtureThatParsesWithoutLosingAField(Method endpoint) throws IOException {
        List<Sample> samples = samplesFor(endpoint);
        assertFalse(samples.isEmpty(), () -> "no sandbox stub mapping serves " + name(endpoint));
        for (Sample sample : samples) {
            String body = answer(sample);
            Object parsed = JSONB.fromJson(body, endpoint.getGenericReturnType());
            JsonNode json = JSON.readTree(body);
            assertEquals("success", status(parsed, json), sample::toString);
            assertNotNull(data(parsed), sample::toString);
            assertNothingLost(dataJson(parsed, json), data(parsed), sample + " data");
            if (parsed instanceof UpstoxPagedResponse<?> paged) {
                JsonNode page = json.has("metadata") ? json.get("metadata") : json.get("meta_data");
                assertNotNull(page, () -> sample + " has no page block");
                assertNotNull(paged.page(), () -> sample + " page block lost");
                assertNothingLost(page, paged.getMetadata() != null ? paged.getMetadata() : paged.getMetaData(),
                        sample + " page");
            }
        }
    }

    /** A DTO member no fixture ever carries is misspelt or dead: its JSON name must appear somewhere. */
    @org.junit.jupiter.api.Test
    void everyDtoMemberAppearsInSomeFixture() throws IOException {
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        for (Method endpoint : endpoints().toList()) {
            for (Sample sample : samplesFor(endpoint)) {
                String body = answer(sample);
                Object parsed = JSONB.fromJson(body, endpoint.getGenericReturnType());
                JsonNode json = JSON.readTree(body);
                collectNames(dataJson(parsed, json), data(parsed), seen);
                if (parsed instanceof UpstoxPagedResponse<?> paged) {
                    collectNames(json.get("metadata"), paged.getMetadata(), seen);
                    collectNames(json.get("meta_data"), paged.getMetaData(), seen);
                }
            }
        }
        for (Map.Entry<Class<?>, Set<String>> type : seen.entrySet()) {
            for (RecordComponent component : type.getKey().getRecordComponents()) {
                assertTrue(type.getValue().contains(jsonName(component)), () -> type.getKey().getSimpleName() + "."
                        + component.getName() + " maps \"" + jsonName(component) + "\", which no fixture contains");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void unknownFieldsAreIgnored(Method endpoint) throws IOException {
        for (Sample sample : samplesFor(endpoint)) {
            String original = answer(sample);
            JsonNode body = JSON.readTree(original);
            if (data(JSONB.fromJson(original, endpoint.getGenericReturnType())) instanceof Map<?, ?>) {
                // data keyed by instrument: a new key would be a new instrument, so only its entries grow fields
                JsonNode data = ((ObjectNode) body).remove("data");
                addUnknownFields(body);
                data.forEach(FixtureContractTest::addUnknownFields);
                ((ObjectNode) body).set("data", data);
            } else {
                addUnknownFields(body);
            }
            Object parsed = JSONB.fromJson(JSON.writeValueAsString(body), endpoint.getGenericReturnType());
            assertNotNull(data(parsed), sample::toString);
        }
    }

    /** The requests that reach an endpoint: its stub mappings' paths and query values, and its {@link #SAMPLES}. */
    static List<Sample> samplesFor(Method endpoint) throws IOException {
        Pattern template = Pattern.compile(Arrays.stream(endpoint.getAnnotation(Path.class).value().split("/", -1))
                .map(segment -> segment.matches("\\{.+}") ? "[^/]+" : Pattern.quote(segment))
                .reduce((a, b) -> a + "/" + b).orElseThrow());
        List<Sample> samples = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(FIXTURES.resolve("mappings"))) {
            for (java.nio.file.Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                List<JsonNode> mappings = new ArrayList<>();
                if (root.has("mappings")) root.get("mappings").forEach(mappings::add);
                else mappings.add(root);
                for (JsonNode mapping : mappings) {
                    JsonNode request = mapping.path("request");
                    JsonNode response = mapping.path("response");
                    String path = request.path("urlPath").asString(null);
                    if (path == null || !template.matcher(path).matches() || response.path("status").asInt(200) != 200
                            || mapping.has("requiredScenarioState")) {
                        continue;
                    }
                    Map<String, String> query = new LinkedHashMap<>();
                    boolean exact = true;
                    for (Map.Entry<String, JsonNode> parameter : request.path("queryParameters").properties()) {
                        exact &= parameter.getValue().has("equalTo");
                        query.put(parameter.getKey(), parameter.getValue().path("equalTo").asString(""));
                    }
                    samples.add(new Sample(path, query, exact ? null : bodyOf(response)));
                }
            }
        }
        for (String request : SAMPLES.getOrDefault(name(endpoint), List.of())) {
            String[] pathAndQuery = request.split("\\?", 2);
            Map<String, String> query = new LinkedHashMap<>();
            if (pathAndQuery.length > 1) {
                for (String pair : pathAndQuery[1].split("&")) query.put(pair.split("=")[0], pair.split("=")[1]);
            }
            samples.add(new Sample(pathAndQuery[0], query, null));
        }
        return samples;
    }

    private static String bodyOf(JsonNode response) throws IOException {
        if (response.has("jsonBody")) return JSON.writeValueAsString(response.get("jsonBody"));
        return Files.readString(FIXTURES.resolve("__files").resolve(response.path("bodyFileName").asString()));
    }

    private static String answer(Sample sample) {
        if (sample.body() != null) return sample.body();
        FixtureServer.Answer response = FixtureServer.get(sample.path(), sample.query());
        assertEquals(200, response.status(), () -> sample + " answered " + new String(response.body(),
                StandardCharsets.UTF_8));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String name(Method endpoint) {
        return endpoint.getDeclaringClass().getSimpleName() + "." + endpoint.getName();
    }

    private static String status(Object parsed, JsonNode json) {
        if (parsed instanceof UpstoxPagedResponse<?> paged) return paged.getStatus();
        if (parsed instanceof UpstoxResponse<?> plain) return plain.getStatus();
        return json.path("status").asString();
    }

    /** The parsed {@code data} of an envelope, or the whole record of an endpoint with its own envelope type. */
    private static Object data(Object parsed) {
        if (parsed instanceof UpstoxPagedResponse<?> paged) return paged.getData();
        if (parsed instanceof UpstoxResponse<?> plain) return plain.getData();
        return parsed;
    }

    /** The JSON {@link #data} was parsed from. */
    private static JsonNode dataJson(Object parsed, JsonNode json) {
        return parsed instanceof UpstoxPagedResponse<?> || parsed instanceof UpstoxResponse<?> ? json.get("data")
                : json;
    }

    private static void collectNames(JsonNode json, Object value, Map<Class<?>, Set<String>> seen) {
        if (json == null || value == null) return;
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) collectNames(json.get(i), list.get(i), seen);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> collectNames(json.get(String.valueOf(key)), member, seen));
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

    private static void assertNothingLost(JsonNode json, Object value, String where) {
        if (json == null || json.isNull()) return;
        assertNotNull(value, where + " is in the fixture but null after parsing");
        if (value instanceof List<?> list) {
            assertEquals(json.size(), list.size(), where);
            for (int i = 0; i < list.size(); i++) assertNothingLost(json.get(i), list.get(i), where + "[" + i + "]");
        } else if (value instanceof Map<?, ?> map) {
            assertEquals(json.size(), map.size(), where);
            json.propertyNames().forEach(key -> assertNothingLost(json.get(key), map.get(key), where + "." + key));
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
