package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
 * (a misspelt {@code @JsonbProperty} would leave it null), and unknown fields are ignored.
 */
class FixtureContractTest {

    static final java.nio.file.Path FIXTURES = java.nio.file.Path.of("sandbox-fixtures");
    static final Jsonb JSONB = JsonbBuilder.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Class<?>> APIS = List.of(UserApi.class, PortfolioApi.class);

    static Stream<Method> endpoints() {
        return APIS.stream().flatMap(api -> Arrays.stream(api.getMethods()))
                .filter(method -> method.isAnnotationPresent(Path.class));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAFixtureThatParsesWithoutLosingAField(Method endpoint) throws IOException {
        String body = Files.readString(FIXTURES.resolve("__files").resolve(bodyFileFor(endpoint)));
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
            String body = Files.readString(FIXTURES.resolve("__files").resolve(bodyFileFor(endpoint)));
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
        JsonNode body = JSON.readTree(FIXTURES.resolve("__files").resolve(bodyFileFor(endpoint)).toFile());
        addUnknownFields(body);
        UpstoxResponse<?> parsed = JSONB.fromJson(JSON.writeValueAsString(body), endpoint.getGenericReturnType());
        assertNotNull(parsed.getData());
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
