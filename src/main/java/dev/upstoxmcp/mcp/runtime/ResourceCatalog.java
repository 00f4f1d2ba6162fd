package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.InvocationTargetException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.util.DefaultMcpUriTemplateManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The resources and resource templates of this application, discovered once, and their SDK specifications. */
@ApplicationScoped
public class ResourceCatalog {

    static final int RESOURCE_NOT_FOUND = -32002;

    @Inject
    ToolDiscovery discovery;

    @Inject
    Instance<Object> beans;

    private List<ResourceDefinition> definitions = List.of();

    @PostConstruct
    void discover() {
        definitions = discovery.resourceClasses().stream()
                .flatMap(resourceClass -> ResourceIntrospector.definitionsOf(resourceClass).stream())
                .sorted(Comparator.comparing(ResourceDefinition::uri))
                .toList();
        if (uris().stream().distinct().count() != definitions.size()) {
            throw new IllegalStateException("two resources share a URI: " + uris());
        }
    }

    public int size() {
        return definitions.size();
    }

    /** Every URI and URI template, for clients that asked for one that does not exist. */
    List<String> uris() {
        return definitions.stream().map(ResourceDefinition::uri).toList();
    }

    List<SyncResourceSpecification> specifications() {
        return definitions.stream().filter(definition -> !definition.isTemplate())
                .map(definition -> new SyncResourceSpecification(resourceOf(definition),
                        (exchange, request) -> read(definition, beanOf(definition), request.uri())))
                .toList();
    }

    List<SyncResourceTemplateSpecification> templateSpecifications() {
        return definitions.stream().filter(ResourceDefinition::isTemplate)
                .map(definition -> new SyncResourceTemplateSpecification(templateOf(definition),
                        (exchange, request) -> read(definition, beanOf(definition), request.uri())))
                .toList();
    }

    static McpSchema.Resource resourceOf(ResourceDefinition definition) {
        return McpSchema.Resource.builder(definition.uri(), definition.name())
                .title(definition.title().isEmpty() ? null : definition.title())
                .description(definition.description())
                .mimeType(definition.mimeType())
                .build();
    }

    static McpSchema.ResourceTemplate templateOf(ResourceDefinition definition) {
        return McpSchema.ResourceTemplate.builder(definition.uri(), definition.name())
                .title(definition.title().isEmpty() ? null : definition.title())
                .description(definition.description())
                .mimeType(definition.mimeType())
                .build();
    }

    private Object beanOf(ResourceDefinition definition) {
        return beans.select(definition.beanClass()).get();
    }

    /** Reads a resource; what the method refuses, or a template variable it cannot use, is "resource not found". */
    static McpSchema.ReadResourceResult read(ResourceDefinition definition, Object bean, String uri) {
        Map<String, String> variables = definition.isTemplate()
                ? new DefaultMcpUriTemplateManager(definition.uri()).extractVariableValues(uri) : Map.of();
        Object[] values = definition.variables().stream().map(variables::get).toArray();
        Object content;
        try {
            content = definition.method().invoke(bean, values);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof ToolCallException refused) {
                throw McpError.builder(RESOURCE_NOT_FOUND).message("Resource not found: " + refused.getMessage())
                        .data(Map.of("uri", uri)).build();
            }
            throw McpError.builder(ProtocolErrors.INTERNAL_ERROR).message("Resource " + uri
                    + " could not be read").build();
        } catch (IllegalAccessException inaccessible) {
            throw new IllegalStateException(inaccessible);
        }
        return new McpSchema.ReadResourceResult(List.of(contentsOf(definition, uri, content)));
    }

    private static McpSchema.ResourceContents contentsOf(ResourceDefinition definition, String uri, Object content) {
        if (content instanceof byte[] blob) {
            return new McpSchema.BlobResourceContents(uri, definition.mimeType(),
                    Base64.getEncoder().encodeToString(blob));
        }
        String text = content instanceof String plain ? plain : ToolJson.toText(ToolJson.toObject(content));
        return new McpSchema.TextResourceContents(uri, definition.mimeType(), text);
    }
}
