package dev.upstoxmcp.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every stub mapping of a fixtures tree, matched like WireMock does: among the stubs whose request pattern and
 * scenario state fit, the lowest priority number wins. A key outside the supported subset fails the load, so a fixture
 * never silently relies on matching this sandbox does not do.
 */
final class StubMappings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MAPPING_KEYS = Set.of("id", "uuid", "name", "priority", "request", "response",
            "scenarioName", "requiredScenarioState", "metadata", "persistent");
    private static final Set<String> REQUEST_KEYS = Set.of("method", "url", "urlPath", "urlPattern", "urlPathPattern",
            "queryParameters", "headers");
    private static final Set<String> URL_KEYS = Set.of("url", "urlPath", "urlPattern", "urlPathPattern");
    private static final Set<String> RESPONSE_KEYS = Set.of("status", "headers", "body", "jsonBody", "bodyFileName",
            "transformers");
    private static final Set<String> TRANSFORMERS = Set.of(CandleEndpoint.TRANSFORMER,
            MarketCalendarEndpoint.TRANSFORMER);

    private final List<StubMapping> mappings;

    private StubMappings(List<StubMapping> mappings) {
        this.mappings = mappings;
    }

    static StubMappings load(FixtureFiles files) {
        List<StubMapping> mappings = new ArrayList<>();
        for (String file : files.mappingFiles()) {
            JsonNode root = JSON.readTree(files.read(file));
            if (root.has("mappings")) {
                root.get("mappings").forEach(node -> mappings.add(parse(file, node, files)));
            } else {
                mappings.add(parse(file, root, files));
            }
        }
        return new StubMappings(List.copyOf(mappings));
    }

    int size() {
        return mappings.size();
    }

    Optional<StubMapping> match(SandboxRequest request, Scenarios scenarios) {
        return mappings.stream()
                .filter(mapping -> mapping.matches(request, scenarios))
                .min(Comparator.comparingInt(StubMapping::priority));
    }

    private static StubMapping parse(String file, JsonNode node, FixtureFiles files) {
        requireOnly(file, node, MAPPING_KEYS);
        JsonNode request = node.required("request");
        JsonNode response = node.required("response");
        requireOnly(file + " request", request, REQUEST_KEYS);
        requireOnly(file + " response", response, RESPONSE_KEYS);
        List<String> urlKeys = request.propertyNames().stream().filter(URL_KEYS::contains).toList();
        if (urlKeys.size() != 1) throw new IllegalArgumentException(file + ": exactly one URL matcher expected");
        String urlKind = urlKeys.get(0);
        return new StubMapping(file,
                node.path("priority").asInt(StubMapping.DEFAULT_PRIORITY),
                request.path("method").asString("ANY"),
                StubMapping.urlMatcher(urlKind, request.get(urlKind).asString()),
                matchers(file, request.path("queryParameters")),
                matchers(file, request.path("headers")),
                text(node, "scenarioName"),
                text(node, "requiredScenarioState"),
                new StubMapping.StubResponse(response.path("status").asInt(200), headers(response.path("headers")),
                        body(file, response, files), transformer(file, response.path("transformers"))));
    }

    private static Map<String, ValueMatcher> matchers(String file, JsonNode specs) {
        Map<String, ValueMatcher> matchers = new LinkedHashMap<>();
        specs.propertyNames().forEach(name -> matchers.put(name, ValueMatcher.parse(file + " " + name,
                specs.get(name))));
        return Map.copyOf(matchers);
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.propertyNames().forEach(name -> headers.put(name, node.get(name).asString()));
        return Map.copyOf(headers);
    }

    private static byte[] body(String file, JsonNode response, FixtureFiles files) {
        if (response.has("bodyFileName")) return files.read("__files/" + response.get("bodyFileName").asString());
        if (response.has("jsonBody")) return JSON.writeValueAsBytes(response.get("jsonBody"));
        if (response.has("body")) return response.get("body").asString().getBytes(StandardCharsets.UTF_8);
        return new byte[0];
    }

    private static String transformer(String file, JsonNode names) {
        if (names.isMissingNode()) return null;
        if (names.size() != 1 || !TRANSFORMERS.contains(names.get(0).asString())) {
            throw new IllegalArgumentException(file + ": the sandbox knows only the transformers " + TRANSFORMERS);
        }
        return names.get(0).asString();
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }

    private static void requireOnly(String where, JsonNode node, Set<String> allowed) {
        node.propertyNames().stream().filter(key -> !allowed.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException(where + ": key " + key + " is not supported by the sandbox");
        });
    }
}
