package dev.upstoxmcp.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        endpoint(name, description, path, body, new String[0]);
    }

    /** As above, for requests that carry each of the query parameters {@code nameValuePairs} (name, value, ...). */
    void endpoint(String name, String description, String path, ObjectNode body, String... nameValuePairs) {
        file("__files/" + name + ".json", write(body));
        ObjectNode mapping = NODES.objectNode().put("name", description);
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPath", path);
        if (nameValuePairs.length > 0) {
            ObjectNode query = request.putObject("queryParameters");
            for (int i = 0; i < nameValuePairs.length; i += 2) {
                query.putObject(nameValuePairs[i]).put("equalTo", nameValuePairs[i + 1]);
            }
        }
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("bodyFileName", name + ".json");
        file("mappings/" + name + ".json", write(mapping));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
