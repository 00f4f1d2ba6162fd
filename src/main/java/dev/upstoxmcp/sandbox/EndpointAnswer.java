package dev.upstoxmcp.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a computed sandbox endpoint answers: an HTTP status and a JSON body in Upstox's envelopes. */
public record EndpointAnswer(int status, byte[] body) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Upstox's success envelope around {@code data}. */
    static EndpointAnswer success(JsonNode data) {
        ObjectNode body = JSON.createObjectNode().put("status", "success");
        body.set("data", data);
        return new EndpointAnswer(200, JSON.writeValueAsBytes(body));
    }

    /** Upstox's error envelope, both spellings of its fields as Upstox sends them. */
    static EndpointAnswer error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("status", "error");
        body.putArray("errors").addObject().put("errorCode", code).put("message", message).putNull("propertyPath")
                .putNull("invalidValue").put("error_code", code).putNull("property_path").putNull("invalid_value");
        return new EndpointAnswer(status, JSON.writeValueAsBytes(body));
    }

    /** An invalid request, answered with Upstox's 400 and error code. */
    static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        Rejection(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        EndpointAnswer answer() {
            return error(400, code, getMessage());
        }
    }
}
