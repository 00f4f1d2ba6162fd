package dev.upstoxmcp.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.upstoxmcp.mcp.ClientRequests;
import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.Content;
import dev.upstoxmcp.mcp.EnabledBy;
import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.PromptArg;
import dev.upstoxmcp.mcp.Resource;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import dev.upstoxmcp.mcp.ToolCallException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The fixture tools, resources and prompts the MCP conformance suite ({@code @modelcontextprotocol/conformance})
 * calls by name, written with our own API. Served only when {@code mcp.conformance-fixtures=true}
 * (MCP_CONFORMANCE_FIXTURES), which only the sandbox integration-test server sets; production never lists them.
 * Names, texts and shapes are the suite's.
 */
@ApplicationScoped
@EnabledBy("mcp.conformance-fixtures")
public class ConformanceFixtures {

    /** A 1x1 red PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    static final byte[] WAV = silentWav(8000, 80);
    private static final long PAUSE_MILLIS = 50;

    @Tool(name = "test_simple_text", description = "Returns simple text (conformance fixture).")
    public Content simpleText() {
        return Content.of(new Content.Text("This is a simple text response for testing."));
    }

    @Tool(name = "test_image_content", description = "Returns an image (conformance fixture).")
    public Content imageContent() {
        return Content.of(new Content.Image(PNG, "image/png"));
    }

    @Tool(name = "test_audio_content", description = "Returns audio (conformance fixture).")
    public Content audioContent() {
        return Content.of(new Content.Audio(WAV, "audio/wav"));
    }

    @Tool(name = "test_embedded_resource", description = "Returns an embedded resource (conformance fixture).")
    public Content embeddedResource() {
        return Content.of(new Content.EmbeddedText("test://embedded-resource", "text/plain",
                "This is an embedded resource content."));
    }

    @Tool(name = "test_multiple_content_types", description = "Returns text, an image and a resource (fixture).")
    public Content multipleContentTypes() {
        return Content.of(new Content.Text("Multiple content types test:"), new Content.Image(PNG, "image/png"),
                new Content.EmbeddedText("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}"));
    }

    @Tool(name = "test_tool_with_logging", description = "Logs three info messages while it runs (fixture).")
    public Content toolWithLogging(McpLog log) {
        log.info("Tool execution started");
        pause();
        log.info("Tool processing data");
        pause();
        log.info("Tool execution completed");
        return Content.of(new Content.Text("Tool with logging executed successfully"));
    }

    @Tool(name = "test_error_handling", description = "Always fails (conformance fixture).")
    public Content errorHandling() {
        throw new ToolCallException("This tool intentionally returns an error for testing");
    }

    @Tool(name = "test_tool_with_progress", description = "Reports progress 0, 50 and 100 of 100 (fixture).")
    public Content toolWithProgress(Progress progress) {
        progress.step(0, 100, "started");
        pause();
        progress.step(50, 100, "half way");
        pause();
        progress.step(100, 100, "done");
        return Content.of(new Content.Text("Tool with progress executed successfully"));
    }

    @Tool(name = "test_sampling", description = "Asks the client's LLM to answer a prompt (fixture).")
    public Content sampling(@ToolArg(description = "The prompt to send to the LLM") String prompt,
                            ClientRequests client) {
        return Content.of(new Content.Text("LLM response: " + client.sample(prompt, 100)));
    }

    @Tool(name = "test_elicitation", description = "Asks the user for a username and an email (fixture).")
    public Content elicitation(@ToolArg(description = "The message to show the user") String message,
                               ClientRequests client) {
        Map<String, Object> schema = object(Map.of(
                "username", Map.of("type", "string", "description", "User's response"),
                "email", Map.of("type", "string", "description", "User's email address")),
                List.of("username", "email"));
        ClientRequests.Elicited answer = client.elicit(message, schema);
        return Content.of(new Content.Text("User response: action=" + answer.action() + ", content="
                + answer.content()));
    }

    @Tool(name = "test_elicitation_sep1034_defaults", description = "Elicits with defaults (SEP-1034 fixture).")
    public Content elicitationDefaults(ClientRequests client) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", Map.of("type", "string", "description", "User name", "default", "John Doe"));
        properties.put("age", Map.of("type", "integer", "description", "User age", "default", 30));
        properties.put("score", Map.of("type", "number", "description", "User score", "default", 95.5));
        properties.put("status", Map.of("type", "string", "description", "User status",
                "enum", List.of("active", "inactive", "pending"), "default", "active"));
        properties.put("verified", Map.of("type", "boolean", "description", "Verification status",
                "default", true));
        return elicited(client.elicit("Please review and update the form fields with defaults",
                object(properties, List.of())));
    }

    @Tool(name = "test_elicitation_sep1330_enums", description = "Elicits every enum variant (SEP-1330 fixture).")
    public Content elicitationEnums(ClientRequests client) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("untitledSingle", Map.of("type", "string", "description", "Choose an option",
                "enum", List.of("option1", "option2", "option3")));
        properties.put("titledSingle", Map.of("type", "string", "description", "Choose a titled option",
                "oneOf", List.of(titled("value1", "First Option"), titled("value2", "Second Option"),
                        titled("value3", "Third Option"))));
        properties.put("legacyEnum", Map.of("type", "string", "description", "Choose a legacy option",
                "enum", List.of("opt1", "opt2", "opt3"),
                "enumNames", List.of("Option One", "Option Two", "Option Three")));
        properties.put("untitledMulti", Map.of("type", "array", "description", "Choose multiple options",
                "items", Map.of("type", "string", "enum", List.of("option1", "option2", "option3"))));
        properties.put("titledMulti", Map.of("type", "array", "description", "Choose multiple titled options",
                "items", Map.of("anyOf", List.of(titled("value1", "First Choice"), titled("value2", "Second Choice"),
                        titled("value3", "Third Choice")))));
        return elicited(client.elicit("Please select options from the enum fields", object(properties, List.of())));
    }

    @Tool(name = "json_schema_2020_12_tool", description = "Tool with JSON Schema 2020-12 features",
            inputSchema = """
                    {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
                     "$defs":{"address":{"$anchor":"addressDef","type":"object",
                       "properties":{"street":{"type":"string"},"city":{"type":"string"}}}},
                     "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"},
                       "contactMethod":{"type":"string","enum":["phone","email"]},
                       "phone":{"type":"string"},"email":{"type":"string"}},
                     "allOf":[{"anyOf":[{"required":["phone"]},{"required":["email"]}]}],
                     "if":{"properties":{"contactMethod":{"const":"phone"}},"required":["contactMethod"]},
                     "then":{"required":["phone"]},"else":{"required":["email"]},
                     "additionalProperties":false}""")
    public Content jsonSchema202012() {
        return Content.of(new Content.Text("JSON Schema 2020-12 tool called"));
    }

    /**
     * The suite's SSE polling scenario calls it expecting the server to close the stream mid-call and resume after
     * the client reconnects (SEP-1699); the SDK transport cannot, so it simply answers (see the README baseline).
     */
    @Tool(name = "test_reconnection", description = "Answers after a pause (SSE polling fixture).")
    public Content reconnection() {
        pause();
        return Content.of(new Content.Text("Reconnection test completed successfully"));
    }

    @Resource(uri = "test://static-text", name = "static-text", description = "A static text resource (fixture).")
    public String staticText() {
        return "This is the content of the static text resource.";
    }

    @Resource(uri = "test://static-binary", name = "static-binary", mimeType = "image/png",
            description = "A static binary resource, a PNG (fixture).")
    public byte[] staticBinary() {
        return PNG;
    }

    @Resource(uri = "test://watched-resource", name = "watched-resource",
            description = "A resource clients may subscribe to (fixture).")
    public String watchedResource() {
        return "Watched resource content";
    }

    @Resource(uri = "test://template/{id}/data", name = "template-data", mimeType = "application/json",
            description = "Data for an id, from a URI template (fixture).")
    public String templateData(String id) {
        return "{\"id\":\"" + id.replace("\"", "") + "\",\"templateTest\":true,\"data\":\"Data for ID: "
                + id.replace("\"", "") + "\"}";
    }

    @Prompt(name = "test_simple_prompt", description = "A simple prompt without arguments (fixture).")
    public String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    @Prompt(name = "test_prompt_with_arguments", description = "A prompt with two arguments (fixture).")
    public String promptWithArguments(@PromptArg(description = "First test argument") String arg1,
                                      @PromptArg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @Complete(prompt = "test_prompt_with_arguments", argument = "arg1")
    public List<String> arg1Values(String typed) {
        return List.of("paris", "park", "party").stream().filter(value -> value.startsWith(typed)).toList();
    }

    @Prompt(name = "test_prompt_with_embedded_resource", description = "A prompt embedding a resource (fixture).")
    public Content promptWithEmbeddedResource(
            @PromptArg(name = "resourceUri", description = "URI of the resource to embed") String resourceUri) {
        return Content.of(new Content.EmbeddedText(resourceUri, "text/plain",
                "Embedded resource content for testing."),
                new Content.Text("Please process the embedded resource above."));
    }

    @Prompt(name = "test_prompt_with_image", description = "A prompt with an image (fixture).")
    public Content promptWithImage() {
        return Content.of(new Content.Image(PNG, "image/png"), new Content.Text("Please analyze the image above."));
    }

    private static Content elicited(ClientRequests.Elicited answer) {
        return Content.of(new Content.Text("Elicitation completed: action=" + answer.action() + ", content="
                + answer.content()));
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) schema.put("required", required);
        return schema;
    }

    private static Map<String, Object> titled(String value, String title) {
        return Map.of("const", value, "title", title);
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A mono 16-bit PCM WAV of silence. */
    static byte[] silentWav(int sampleRate, int samples) {
        int dataBytes = samples * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(dataBytes);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(new byte[dataBytes]);
        return wav.toByteArray();
    }
}
