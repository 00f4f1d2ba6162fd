package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.Content;
import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The prompts of this application, discovered once, and their MCP SDK specifications. */
@ApplicationScoped
public class PromptCatalog {

    @Inject
    ToolDiscovery discovery;

    @Inject
    Instance<Object> beans;

    private List<PromptDefinition> definitions = List.of();

    @PostConstruct
    void discover() {
        definitions = discovery.promptClasses().stream()
                .flatMap(promptClass -> PromptIntrospector.definitionsOf(promptClass).stream())
                .sorted(Comparator.comparing(PromptDefinition::name))
                .toList();
    }

    public int size() {
        return definitions.size();
    }

    List<SyncPromptSpecification> specifications() {
        return definitions.stream().map(this::specificationOf).toList();
    }

    private SyncPromptSpecification specificationOf(PromptDefinition definition) {
        Object bean = beans.select(definition.beanClass()).get();
        return new SyncPromptSpecification(promptOf(definition),
                (exchange, request) -> messageOf(definition, bean, request.arguments()));
    }

    static McpSchema.Prompt promptOf(PromptDefinition definition) {
        return new McpSchema.Prompt(definition.name(), definition.title().isEmpty() ? null : definition.title(),
                definition.description(), definition.arguments().stream().map(argument -> new McpSchema
                .PromptArgument(argument.name(), argument.description(), !argument.optional())).toList());
    }

    /**
     * The prompt's user message; a missing required argument, or one the prompt refuses with a
     * {@link ToolCallException}, is the client's error (invalid params).
     */
    static McpSchema.GetPromptResult messageOf(PromptDefinition definition, Object bean, Map<String, Object> given) {
        List<Object> values = new ArrayList<>();
        for (PromptDefinition.Argument argument : definition.arguments()) {
            Object raw = given == null ? null : given.get(argument.name());
            String value = raw == null || raw.toString().isBlank() ? null : raw.toString().strip();
            if (value == null && !argument.optional()) {
                throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                        .message("Prompt " + definition.name() + " needs the argument " + argument.name() + " ("
                                + argument.description() + ")").build();
            }
            values.add(argument.optional() ? Optional.ofNullable(value) : value);
        }
        Object written;
        try {
            written = definition.method().invoke(bean, values.toArray());
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof ToolCallException badArgument) {
                throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message("Prompt " + definition.name()
                        + ": " + badArgument.getMessage()).build();
            }
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message("Prompt " + definition.name()
                    + " could not be written").build();
        } catch (IllegalAccessException inaccessible) {
            throw new IllegalStateException(inaccessible);
        }
        if (written instanceof Content content) {
            return new McpSchema.GetPromptResult(definition.description(), ContentBlocks.of(content).stream()
                    .map(block -> new McpSchema.PromptMessage(McpSchema.Role.USER, block)).toList());
        }
        return new McpSchema.GetPromptResult(definition.description(), List.of(new McpSchema.PromptMessage(
                McpSchema.Role.USER, new McpSchema.TextContent((String) written))));
    }
}
