package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRpcShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":{}}}|",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\"}}|",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}|",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\",\"params\":7}|",
            "[1,2]|",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}|params must be a JSON object",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}|tools/call needs params.name, the name of the tool",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":5}}|tools/call needs params.name, the name of the tool",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":[]}}|params.arguments must be a JSON object of the tool's arguments",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"prompts/get\",\"params\":{\"name\":{}}}|prompts/get needs params.name, the name of the prompt",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"prompts/get\",\"params\":{\"name\":\"x\",\"arguments\":[1]}}|params.arguments must be a JSON object of the prompt's arguments",
            "{\"jsonrpc\":\"2.0\",\"id\":\"\",\"method\":\"completion/complete\",\"params\":{\"protocolVersion\":42}}|completion/complete needs params.ref: {\"type\":\"ref/prompt\",\"name\":...} or {\"type\":\"ref/resource\",\"uri\":...}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"completion/complete\",\"params\":{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"p\"},\"argument\":{\"name\":\"a\"}}}|completion/complete needs params.argument: {\"name\":...,\"value\":...}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"completion/complete\",\"params\":{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"u://x/{y}\"},\"argument\":{\"name\":\"y\",\"value\":\"\"}}}|",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{}}|resources/read needs params.uri, the resource's URI",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{\"uri\":\"upstox://glossary\"}}|",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"LOUD\"}}|logging/setLevel needs params.level, one of debug, info, notice, warning, error, critical, alert, emergency",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"warning\"}}|"})
    void paramsTheSdkCannotTakeAreNamed(String message, String problem) {
        assertEquals(Optional.ofNullable(problem), JsonRpcShape.invalidParams(ToolJson.MAPPER.readTree(message)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}|",
            "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}|",
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]|batches are not part of MCP; send one JSON-RPC message per request",
            "[]|batches are not part of MCP; send one JSON-RPC message per request",
            "null|the body must be a JSON-RPC 2.0 message object",
            "42|the body must be a JSON-RPC 2.0 message object",
            "{\"id\":1,\"method\":\"ping\"}|jsonrpc must be \"2.0\"",
            "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}|jsonrpc must be \"2.0\"",
            "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}|jsonrpc must be \"2.0\"",
            "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\",\"params\":[]}|id must be a string or an integer",
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}|id must be a string or an integer",
            "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}|id must be a string or an integer",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}|method must be a string"})
    void bodiesThatAreNotOneJsonRpcMessageAreNamed(String body, String problem) {
        assertEquals(Optional.ofNullable(problem), JsonRpcShape.invalidRequest(ToolJson.MAPPER.readTree(body)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"jsonrpc\":\"2.0\",\"id\":\"s-0\",\"result\":{}}|true",
            "{\"jsonrpc\":\"2.0\",\"id\":9,\"error\":{\"code\":-1,\"message\":\"no\"}}|true",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}|false",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}|false",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"result\":{}}|false",
            "{\"jsonrpc\":\"2.0\",\"id\":1}|false"})
    void responsesAreToldFromRequestsAndNotifications(String message, boolean response) {
        assertEquals(response, JsonRpcShape.isResponse(ToolJson.MAPPER.readTree(message)));
    }
}
