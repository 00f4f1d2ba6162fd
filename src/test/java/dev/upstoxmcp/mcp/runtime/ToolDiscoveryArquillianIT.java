package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: the CDI extension finds every {@code @Tool} bean of the real WAR, the tool beans are CDI
 * beans with their services and Rest Clients injected, and a call goes all the way to the sandbox.
 */
@ExtendWith(ArquillianExtension.class)
class ToolDiscoveryArquillianIT {

    /** The real WAR plus this test. Its web.xml disables web fragments, so the test runner servlet is declared. */
    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "upstox-mcp-arquillian.war")
                .importFrom(new File(System.getProperty("war.file", "target/upstox-mcp.war")))
                .as(WebArchive.class)
                .addClass(ToolDiscoveryArquillianIT.class);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return war.setWebXML(new StringAsset(webXml.replace("</web-app>", """
                    <servlet>
                        <servlet-name>ArquillianServletRunnerEE9</servlet-name>
                        <servlet-class>org.jboss.arquillian.protocol.servlet5.runner.ServletTestRunner</servlet-class>
                    </servlet>
                    <servlet-mapping>
                        <servlet-name>ArquillianServletRunnerEE9</servlet-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </servlet-mapping>
                </web-app>""")));
    }

    @Inject
    ToolCatalog catalog;

    @Inject
    McpServerState state;

    @Test
    void everyToolBeanOfTheWarIsDiscovered() {
        assertTrue(catalog.names().containsAll(List.of("get_funds_and_margin", "get_holdings", "get_positions",
                "get_profile", "get_candles", "search_instruments")), catalog.names()::toString);
        assertTrue(state.serving());
        assertEquals(catalog.size(), state.tools());
    }

    @Test
    void aDiscoveredToolRunsWithItsInjectedServicesAgainstTheSandbox() {
        SyncToolSpecification profile = catalog.specifications().stream()
                .filter(spec -> spec.tool().name().equals("get_profile")).findFirst().orElseThrow();
        McpSchema.CallToolResult result = profile.callHandler().apply(null,
                new McpSchema.CallToolRequest("get_profile", Map.of()));
        assertFalse(result.isError(), () -> result.content().toString());
        assertEquals("SBX042", ((Map<?, ?>) result.structuredContent()).get("user_id"));
    }

    @Test
    void argumentsAreValidatedWithBeanValidationInTheContainer() {
        SyncToolSpecification holdings = catalog.specifications().stream()
                .filter(spec -> spec.tool().name().equals("get_holdings")).findFirst().orElseThrow();
        McpSchema.CallToolResult result = holdings.callHandler().apply(null,
                new McpSchema.CallToolRequest("get_holdings", Map.of("limit", 0)));
        assertTrue(result.isError());
        assertEquals("Invalid arguments for get_holdings: limit must be greater than or equal to 1; got 0.",
                ((McpSchema.TextContent) result.content().get(0)).text());
    }
}
