package dev.upstoxmcp.mcp;

import java.util.List;

/**
 * Content blocks as they are, for a {@link Tool} or a {@link Prompt} whose answer is not one JSON object: text,
 * images, audio and embedded resources, in order. A tool returning Content has no output schema and no structured
 * content; a prompt returning Content sends each block as one user message.
 */
public record Content(List<Part> parts) {

    public Content {
        if (parts == null || parts.isEmpty()) throw new IllegalArgumentException("content needs at least one part");
        parts = List.copyOf(parts);
    }

    public static Content of(Part... parts) {
        return new Content(List.of(parts));
    }

    /** One content block. */
    public sealed interface Part permits Text, Image, Audio, EmbeddedText {}

    public record Text(String text) implements Part {}

    /** An image, e.g. a PNG, as its bytes. */
    public record Image(byte[] data, String mimeType) implements Part {}

    /** A sound, e.g. audio/wav, as its bytes. */
    public record Audio(byte[] data, String mimeType) implements Part {}

    /** A text resource carried inline. */
    public record EmbeddedText(String uri, String mimeType, String text) implements Part {}
}
