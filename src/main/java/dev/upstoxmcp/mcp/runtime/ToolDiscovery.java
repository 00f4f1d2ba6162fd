package dev.upstoxmcp.mcp.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.Tool;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * CDI extension that finds every bean class with {@link Tool} (or {@link Prompt}) methods while the container scans the application, and
 * fails the deployment with a clear problem if one of them cannot become an MCP tool. Writing an annotated method is
 * therefore all it takes to add a tool.
 */
public class ToolDiscovery implements Extension {

    private final Set<Class<?>> toolClasses = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> promptClasses = ConcurrentHashMap.newKeySet();

    <T> void collect(@Observes @WithAnnotations({Tool.class, Prompt.class}) ProcessAnnotatedType<T> type) {
        Class<T> candidate = type.getAnnotatedType().getJavaClass();
        if (hasToolMethod(candidate)) {
            toolClasses.add(candidate);
        }
        if (PromptIntrospector.hasPrompts(candidate)) {
            promptClasses.add(candidate);
        }
    }

    void validate(@Observes AfterDeploymentValidation validation) {
        for (Class<?> toolClass : toolClasses) {
            try {
                ToolIntrospector.definitionsOf(toolClass);
            } catch (IllegalStateException invalidTool) {
                validation.addDeploymentProblem(invalidTool);
            }
        }
        for (Class<?> promptClass : promptClasses) {
            try {
                PromptIntrospector.definitionsOf(promptClass);
            } catch (IllegalStateException invalidPrompt) {
                validation.addDeploymentProblem(invalidPrompt);
            }
        }
    }

    Set<Class<?>> toolClasses() {
        return Set.copyOf(toolClasses);
    }

    Set<Class<?>> promptClasses() {
        return Set.copyOf(promptClasses);
    }

    private static boolean hasToolMethod(Class<?> candidate) {
        for (var method : candidate.getMethods()) {
            if (method.isAnnotationPresent(Tool.class)) return true;
        }
        return false;
    }
}
