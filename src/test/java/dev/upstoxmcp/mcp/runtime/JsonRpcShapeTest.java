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
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":[]}}|params.arguments must be a JSON object of the tool's arguments"})
    void paramsTheSdkCannotTakeAreNamed(String message, String problem) {
        assertEquals(Optional.ofNullable(problem), JsonRpcShape.invalidParams(ToolJson.MAPPER.readTree(message)));
    }
}
