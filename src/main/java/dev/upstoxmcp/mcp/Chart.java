package dev.upstoxmcp.mcp;

/**
 * A picture that comes with a tool's answer: a PNG and what it shows, in words, for clients and models that do not
 * look at images.
 */
public record Chart(String description, byte[] png) {}
