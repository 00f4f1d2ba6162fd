package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;

import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock stub mapping for an authenticated GET whose answer depends on query parameters, in the subset of the
 * format the sandbox understands (see {@code sandbox-fixtures/README.md}).
 */
final class QueryStub {

    private final ObjectNode mapping;
    private final ObjectNode query;

    private QueryStub(String name, String path) {
        mapping = NODES.objectNode().put("name", name);
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPath", path);
        query = request.putObject("queryParameters");
        request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
    }

    static QueryStub get(String name, String path) {
        return new QueryStub(name, path);
    }

    /** Lower wins, as in WireMock; mappings without one have 5. */
    QueryStub priority(int priority) {
        mapping.put("priority", priority);
        return this;
    }

    QueryStub equalTo(String parameter, String value) {
        query.putObject(parameter).put("equalTo", value);
        return this;
    }

    QueryStub matches(String parameter, String regex) {
        query.putObject(parameter).put("matches", regex);
        return this;
    }

    QueryStub absent(String parameter) {
        query.putObject(parameter).put("absent", true);
        return this;
    }

    /** The mapping, answering with {@code __files/<bodyFileName>}. */
    ObjectNode answerFile(int status, String bodyFileName) {
        response(status).put("bodyFileName", bodyFileName);
        return mapping;
    }

    /** The mapping, answering with an inline JSON body. */
    ObjectNode answerJson(int status, ObjectNode body) {
        response(status).set("jsonBody", body);
        return mapping;
    }

    private ObjectNode response(int status) {
        ObjectNode response = mapping.putObject("response").put("status", status);
        response.putObject("headers").put("Content-Type", "application/json");
        return response;
    }
}
