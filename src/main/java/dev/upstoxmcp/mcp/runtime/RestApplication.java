package dev.upstoxmcp.mcp.runtime;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the context root; {@code /mcp} stays with the SDK servlet, whose exact mapping takes precedence. */
@ApplicationPath("/")
public class RestApplication extends Application {}
