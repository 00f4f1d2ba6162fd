package dev.upstoxmcp.sandbox;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstox's error answers as sandbox fixtures. Two always apply (no bearer token: 401; unknown path: 404); the others
 * belong to the WireMock scenario {@value #SCENARIO} and apply only while a test has switched it into their state,
 * e.g. {@code PUT /sandbox/__admin/scenarios/upstox/state {"state":"token-expired"}} (or WireMock's
 * {@code setScenarioState} in live-mode tests).
 */
public final class UpstoxErrorFixtures {

    public static final String SCENARIO = "upstox";
    private static final JsonNodeFactory NODES = Fixtures.NODES;
    private static final String ANY_API_PATH = "/v[23]/.*";

    /** A scenario state and what Upstox answers in it. */
    public enum Fault {
        TOKEN_EXPIRED("token-expired", 401, "UDAPI100050", "Invalid token used to access API", ANY_API_PATH),
        RATE_LIMITED("rate-limited", 429, "UDAPI10005", "Too Many Request Sent", ANY_API_PATH),
        MAINTENANCE("maintenance", 423, "UDAPI100072",
                "The Funds service is accessible from 5:30 AM to 12:00 AM IST. Please try again later.",
                "/v[23]/user/get-funds-and-margin"),
        SERVER_ERROR("server-error", 500, "UDAPI100500", "Something went wrong... please contact us", ANY_API_PATH),
        SERVICE_UNAVAILABLE("service-unavailable", 503, null, null, ANY_API_PATH),
        MALFORMED_JSON("malformed-json", 200, null, null, ANY_API_PATH),
        EMPTY_BODY("empty-body", 200, null, null, ANY_API_PATH),
        HTML_PAGE("html-page", 403, null, null, ANY_API_PATH);

        public final String state;
        public final int status;
        final String code;
        final String message;
        final String pathPattern;

        Fault(String state, int status, String code, String message, String pathPattern) {
            this.state = state;
            this.status = status;
            this.code = code;
            this.message = message;
            this.pathPattern = pathPattern;
        }
    }

    private UpstoxErrorFixtures() {}

    static void addTo(Fixtures files) {
        ObjectNode missingToken = mapping("Upstox rejects a request without a bearer token", 9, "ANY", ANY_API_PATH);
        ((ObjectNode) missingToken.get("request")).putObject("headers").putObject("Authorization").put("absent", true);
        respond(missingToken, 401, "errors/token-expired.json");
        files.file("mappings/errors/missing-token.json", Fixtures.write(missingToken));

        ObjectNode unknownPath = mapping("Upstox answers an unrouted path with UDAPI100060", 10, "ANY", ANY_API_PATH);
        respond(unknownPath, 404, "errors/not-found.json");
        files.file("mappings/errors/not-found.json", Fixtures.write(unknownPath));
        files.file("__files/errors/not-found.json", Fixtures.write(envelope("UDAPI100060",
                "Resource not Found.")));

        for (Fault fault : Fault.values()) {
            ObjectNode stub = mapping("Scenario " + fault.state, 1, "ANY", fault.pathPattern);
            stub.put("scenarioName", SCENARIO).put("requiredScenarioState", fault.state);
            ObjectNode response = stub.putObject("response").put("status", fault.status);
            switch (fault) {
                case MALFORMED_JSON -> response.put("body", "{\"status\":\"success\",\"data\":[{\"isin\":");
                case EMPTY_BODY -> response.put("body", "");
                case HTML_PAGE -> response.put("body", "<!DOCTYPE html><html><head><title>Attention Required! | "
                        + "Cloudflare</title></head><body>Error 1010: Access denied</body></html>");
                case SERVICE_UNAVAILABLE -> response.put("body", "<html><body>503 Service Temporarily Unavailable"
                        + "</body></html>");
                default -> response.put("bodyFileName", "errors/" + fault.state + ".json");
            }
            response.putObject("headers").put("Content-Type", fault == Fault.HTML_PAGE
                    || fault == Fault.SERVICE_UNAVAILABLE ? "text/html" : "application/json");
            files.file("mappings/errors/" + fault.state + ".json", Fixtures.write(stub));
            if (fault.code != null) {
                files.file("__files/errors/" + fault.state + ".json", Fixtures.write(envelope(fault.code,
                        fault.message)));
            }
        }
    }

    private static ObjectNode mapping(String name, int priority, String method, String pathPattern) {
        ObjectNode mapping = NODES.objectNode().put("name", name).put("priority", priority);
        mapping.putObject("request").put("method", method).put("urlPathPattern", pathPattern);
        return mapping;
    }

    private static void respond(ObjectNode mapping, int status, String bodyFile) {
        ObjectNode response = mapping.putObject("response").put("status", status);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("bodyFileName", bodyFile);
    }

    /** Upstox's error envelope, both spellings, camelCase first, as recorded from the live API. */
    static ObjectNode envelope(String code, String message) {
        ObjectNode envelope = NODES.objectNode().put("status", "error");
        envelope.putArray("errors").addObject()
                .put("errorCode", code).put("message", message).putNull("propertyPath").putNull("invalidValue")
                .put("error_code", code).putNull("property_path").putNull("invalid_value");
        return envelope;
    }
}
