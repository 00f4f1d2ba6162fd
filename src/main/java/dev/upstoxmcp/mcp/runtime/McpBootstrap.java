package dev.upstoxmcp.mcp.runtime;

import java.util.EnumSet;
import java.util.logging.Logger;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the MCP endpoint: the SDK's streamable HTTP servlet on {@code /mcp} (registered here because the SDK's
 * servlet declares no URL pattern), guarded by {@link McpGuardFilter}, serving the tools of the {@link ToolCatalog}.
 * Tool handlers run on the container's request thread so CDI request scope and MicroProfile context are active.
 */
@WebListener
public class McpBootstrap implements ServletContextListener {

    public static final String MCP_PATH = "/mcp";
    private static final Logger LOG = Logger.getLogger(McpBootstrap.class.getName());
    private static final String INSTRUCTIONS = """
            Read-only access to the user's Upstox account and Indian market data. Amounts are INR, times IST \
            (Asia/Kolkata). Every answer carries as_of and source (sandbox = demo data, live = the user's account). \
            Nothing here places, modifies or cancels orders.""";

    @Inject
    ToolCatalog catalog;

    @Inject
    PromptCatalog prompts;

    @Inject
    ResourceCatalog resources;

    @Inject
    CompletionCatalog completions;

    @Inject
    McpEndpointConfig config;

    @Inject
    McpServerState state;

    private McpSyncServer server;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        JsonMapper requests = requestMapper(config.maxRequestBytes());
        McpJsonMapper json = new SafeErrorJsonMapper(new JacksonMcpJsonMapper(requests), resources.uris());
        var validator = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(config.allowedOrigins())
                .allowedHosts(config.allowedHosts())
                .build();
        var transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint(MCP_PATH)
                .httpHeaderValidator(validator)
                .keepAliveInterval(config.keepAliveInterval())
                .sessionSweepInterval(config.sessionIdleTimeout())
                .maxRequestSize(config.maxRequestBytes())
                .build();
        server = McpServer.sync(transport)
                .serverInfo(McpSchema.Implementation.builder("upstox-mcp", config.serverVersion())
                        .title("Upstox (read-only)")
                        .description("Holdings, positions, funds and analytics of an Upstox account")
                        .build())
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).prompts(false)
                        .resources(config.conformanceFixtures(), false).completions().logging().build())
                .tools(catalog.specifications())
                .prompts(prompts.specifications())
                .resources(resources.specifications())
                .resourceTemplates(resources.templateSpecifications())
                .completions(completions.specifications())
                .jsonMapper(json)
                .validateToolInputs(false)   // ArgumentBinder and Bean Validation give argument-specific messages
                .immediateExecution(true)
                .build();

        ServletContext context = event.getServletContext();
        FilterRegistration.Dynamic guard = context.addFilter("mcp-guard",
                new McpGuardFilter(transport.protocolVersions(), json, requests, config.maxRequestBytes()));
        guard.setAsyncSupported(true);
        guard.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, MCP_PATH);
        ServletRegistration.Dynamic servlet = context.addServlet("mcp", transport);
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
        servlet.addMapping(MCP_PATH);
        state.started(catalog.size());
        LOG.info(() -> "MCP endpoint ready at " + config.publicUrl() + " with " + catalog.size() + " tools, "
                + prompts.size() + " prompts and " + resources.size() + " resources");
    }

    /**
     * The SDK's JSON mapper (Jackson's defaults) reading names as long as a request may be. With Jackson's 50 000
     * character limit, a request naming a long unknown argument failed in the SDK, which answers HTTP 400; the MCP
     * Java client takes a 400 for a lost session and drops it.
     */
    static JsonMapper requestMapper(int maxRequestBytes) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(maxRequestBytes).build())
                        .build())
                .build();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        state.stopped();
        if (server != null) server.closeGracefully();
    }
}
