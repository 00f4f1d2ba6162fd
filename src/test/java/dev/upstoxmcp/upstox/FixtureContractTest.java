package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
 * (a misspelt {@code @JsonbProperty} would leave it null), and unknown fields are ignored. Endpoints answered by
 * several mappings (one per query) have each success body checked, whether a body file or an inline
 * {@code jsonBody}. Endpoints whose answer carries more than {@code data} (paging metadata) return their own envelope
 * type, which is compared as a whole.
 */
class FixtureContractTest {

    static final java.nio.file.Path FIXTURES = java.nio.file.Path.of("sandbox-fixtures");
    static final Jsonb JSONB = JsonbBuilder.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Class<?>> APIS = List.of(UserApi.class, PortfolioApi.class, OrderApi.class, ChargesApi.class,
            PnlApi.class);

    static Stream<Method> endpoints() {
        return APIS.stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .filter(method -> method.isAnnotationPresent(Path.class));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAFixtureThatParsesWithoutLosingAField(Method endpoint) throws IOException {
        for (Fixture fixture : fixturesFor(endpoint)) {
            Parsed parsed = parse(fixture.body(), endpoint);
            assertEquals("success", JSON.readTree(fixture.body()).path("status").asString(), fixture.name());
            assertNotNull(parsed.value(), fixture.name());
            assertNothingLost(parsed.json(), parsed.value(), endpoint.getName() + " in " + fixture.name());
        }
    }

    /** A DTO member no fixture ever carries is misspelt or dead: its JSON name must appear somewhere. */
    @org.junit.jupiter.api.Test
    void everyDtoMemberAppearsInSomeFixture() throws IOException {
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        for (Method endpoint : endpoints().toList()) {
            for (Fixture fixture : fixturesFor(endpoint)) {
                Parsed parsed = parse(fixture.body(), endpoint);
                collectNames(parsed.json(), parsed.value(), seen);
            }
        }
        for (Map.Entry<Class<?>, Set<String>> type : seen.entrySet()) {
            for (RecordComponent component : type.getKey().getRecordComponents()) {
                assertTrue(type.getValue().contains(jsonName(component)), () -> type.getKey().getSimpleName() + "."
                        + component.getName() + " maps \"" + jsonName(component) + "\", which no fixture contains");
            }
        }
    }

    /** A success body of some stub mapping, named by where it comes from. */
    record Fixture(String name, String body) {}

    /** The parsed DTO and the JSON it was parsed from: {@code data} for the standard envelope, else the whole body. */
    record Parsed(JsonNode json, Object value) {}

    static Parsed parse(String body, Method endpoint) {
        JsonNode root = JSON.readTree(body);
        Object parsed = JSONB.fromJson(body, endpoint.getGenericReturnType());
        if (parsed instanceof UpstoxResponse<?> envelope) {
            assertEquals("success", envelope.getStatus());
            return new Parsed(root.get("data"), envelope.getData());
        }
        return new Parsed(root, parsed);
    }

    private static void collectNames(JsonNode json, Object value, Map<Class<?>, Set<String>> seen) {
        if (json == null || value == null) return;
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) collectNames(json.get(i), list.get(i), seen);
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
        for (Fixture fixture : fixturesFor(endpoint)) {
            JsonNode body = JSON.readTree(fixture.body());
            addUnknownFields(body);
            Parsed parsed = parse(JSON.writeValueAsString(body), endpoint);
            assertNotNull(parsed.value(), fixture.name());
        }
    }

    /** The success bodies of every stub mapping (alone in its file or in a {@code mappings} array) for the path. */
    static List<Fixture> fixturesFor(Method endpoint) throws IOException {
        String path = endpoint.getAnnotation(Path.class).value();
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(FIXTURES.resolve("mappings"))) {
            for (java.nio.file.Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                List<JsonNode> mappings = new ArrayList<>();
                if (root.has("mappings")) root.get("mappings").forEach(mappings::add);
                else mappings.add(root);
                for (JsonNode mapping : mappings) {
                    JsonNode response = mapping.path("response");
                    if (!path.equals(mapping.path("request").path("urlPath").asString(null))
                            || response.path("status").asInt(200) != 200) {
                        continue;
                    }
                    String name = FIXTURES.relativize(file) + ": " + mapping.path("name").asString("");
                    fixtures.add(new Fixture(name, response.has("jsonBody")
                            ? JSON.writeValueAsString(response.get("jsonBody"))
                            : Files.readString(FIXTURES.resolve("__files")
                                    .resolve(response.path("bodyFileName").asString()))));
                }
            }
        }
        if (fixtures.isEmpty()) fail("no sandbox stub mapping serves " + path);
        return fixtures;
    }

    private static void assertNothingLost(JsonNode json, Object value, String where) {
        if (json == null || json.isNull()) return;
        assertNotNull(value, where + " is in the fixture but null after parsing");
        if (value instanceof List<?> list) {
            assertEquals(json.size(), list.size(), where);
            for (int i = 0; i < list.size(); i++) assertNothingLost(json.get(i), list.get(i), where + "[" + i + "]");
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
