package dev.upstoxmcp.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files generators add to the fixture tree (path relative to {@code sandbox-fixtures} → content), with the
 * shared formatting: two-space indented JSON, Upstox's success envelope, and WireMock stub mappings.
 */
final class Fixtures {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /** One line, for large data files. */
    static final JsonMapper JSON_COMPACT = JsonMapper.builder().build();

    private final Map<String, String> files;

    Fixtures(Map<String, String> files) {
        this.files = files;
    }

    static String write(ObjectNode node) {
        return JSON.writeValueAsString(node) + "\n";
    }

    static ObjectNode success(Object data) {
        ObjectNode envelope = NODES.objectNode().put("status", "success");
        envelope.set("data", data instanceof ArrayNode array ? array : (ObjectNode) data);
        return envelope;
    }

    void file(String path, String content) {
        if (files.put(path, content) != null) throw new IllegalStateException("two generators write " + path);
    }

    /** A body under {@code __files/<name>.json} and the mapping that serves it for GET {@code path}. */
    void endpoint(String name, String description, String path, ObjectNode body) {
        endpoint(name, description, Request.path(path), body);
    }

    /** A body under {@code __files/<name>.json} and the mapping that serves it for the requests that fit. */
    void endpoint(String name, String description, Request request, ObjectNode body) {
        file("__files/" + name + ".json", write(body));
        mapping(name, description, request, 200, name + ".json");
    }

    /**
     * The mapping {@code mappings/<name>.json}: authenticated GET requests that fit {@code request} get {@code status}
     * and the body {@code __files/<bodyFile>}.
     */
    void mapping(String name, String description, Request request, int status, String bodyFile) {
        ObjectNode mapping = NODES.objectNode().put("name", description);
        if (request.priority() != null) mapping.put("priority", request.priority());
        ObjectNode spec = mapping.putObject("request").put("method", "GET").put(request.urlKind(), request.url());
        if (!request.query().isEmpty()) {
            ObjectNode query = spec.putObject("queryParameters");
            request.query().forEach((parameter, value) -> query.putObject(parameter).put("equalTo", value));
        }
        spec.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", status);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("bodyFileName", bodyFile);
        file("mappings/" + name + ".json", write(mapping));
    }

    /**
     * Which GET requests a mapping serves: a path ({@code urlPath}) or path pattern ({@code urlPathPattern}), exact
     * query values, and a priority (null: WireMock's default, 5; lower wins).
     */
    record Request(String urlKind, String url, Map<String, String> query, Integer priority) {

        static Request path(String path) {
            return new Request("urlPath", path, Map.of(), null);
        }

        static Request pathPattern(String pattern) {
            return new Request("urlPathPattern", pattern, Map.of(), null);
        }

        /** This request with one more query parameter that must equal {@code value}. */
        Request query(String parameter, String value) {
            Map<String, String> query = new LinkedHashMap<>(this.query);
            query.put(parameter, value);
            return new Request(urlKind, url, Collections.unmodifiableMap(query), priority);
        }

        Request priority(int priority) {
            return new Request(urlKind, url, query, priority);
        }
    }

    /**
     * The mapping {@code mappings/<name>.json} that routes authenticated GET requests whose path matches
     * {@code urlPathPattern} to a computed endpoint, named by its transformer.
     */
    void computed(String name, String description, String urlPathPattern, String transformer) {
        ObjectNode mapping = NODES.objectNode().put("name", description);
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPathPattern", urlPathPattern);
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.putArray("transformers").add(transformer);
        file("mappings/" + name + ".json", write(mapping));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
