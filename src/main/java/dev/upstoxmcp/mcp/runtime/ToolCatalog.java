package dev.upstoxmcp.mcp.runtime;

import java.util.Comparator;
import java.util.List;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The tools of this application, discovered once, and their MCP SDK specifications. */
@ApplicationScoped
public class ToolCatalog {

    @Inject
    ToolDiscovery discovery;

    @Inject
    ToolInvoker invoker;

    @Inject
    ToolMetrics metrics;

    @Inject
    Instance<Object> beans;

    private List<ToolDefinition> definitions = List.of();

    @PostConstruct
    void discover() {
        definitions = discovery.toolClasses().stream()
                .flatMap(toolClass -> ToolIntrospector.definitionsOf(toolClass).stream())
                .sorted(Comparator.comparing(ToolDefinition::name))
                .toList();
        long distinct = definitions.stream().map(ToolDefinition::name).distinct().count();
        if (distinct != definitions.size()) throw new IllegalStateException("two tools share a name: " + names());
    }

    public int size() {
        return definitions.size();
    }

    public List<String> names() {
        return definitions.stream().map(ToolDefinition::name).toList();
    }

    List<SyncToolSpecification> specifications() {
        return definitions.stream().map(this::specificationOf).toList();
    }

    private SyncToolSpecification specificationOf(ToolDefinition definition) {
        Object bean = beans.select(definition.beanClass()).get();
        return SyncToolSpecification.builder()
                .tool(toolOf(definition))
                .callHandler((exchange, request) -> {
                    var context = new ExchangeContext(exchange, request.meta(), definition.name());
                    return metrics.timed(definition.name(),
                            () -> invoker.call(definition, bean, request.arguments(), context));
                })
                .build();
    }

    static McpSchema.Tool toolOf(ToolDefinition definition) {
        String title = definition.title().isEmpty() ? null : definition.title();
        return McpSchema.Tool.builder(definition.name(), definition.inputSchema())
                .title(title)
                .description(definition.description())
                .outputSchema(definition.outputSchema())
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title(title)
                        .readOnlyHint(true)
                        .destructiveHint(false)
                        .idempotentHint(true)
                        .openWorldHint(true)
                        .build())
                .build();
    }
}
