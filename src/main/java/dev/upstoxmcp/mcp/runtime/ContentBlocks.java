package dev.upstoxmcp.mcp.runtime;

import java.util.Base64;
import java.util.List;

import dev.upstoxmcp.mcp.Content;
import io.modelcontextprotocol.spec.McpSchema;

/** {@link Content} parts as MCP content blocks. */
final class ContentBlocks {

    private ContentBlocks() {}

    static List<McpSchema.Content> of(Content content) {
        return content.parts().stream().map(ContentBlocks::of).toList();
    }

    static McpSchema.Content of(Content.Part part) {
        if (part instanceof Content.Text text) return new McpSchema.TextContent(text.text());
        if (part instanceof Content.Image image) {
            return new McpSchema.ImageContent(null, base64(image.data()), image.mimeType());
        }
        if (part instanceof Content.Audio audio) {
            return new McpSchema.AudioContent(null, base64(audio.data()), audio.mimeType());
        }
        Content.EmbeddedText embedded = (Content.EmbeddedText) part;
        return new McpSchema.EmbeddedResource(null,
                new McpSchema.TextResourceContents(embedded.uri(), embedded.mimeType(), embedded.text()));
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
