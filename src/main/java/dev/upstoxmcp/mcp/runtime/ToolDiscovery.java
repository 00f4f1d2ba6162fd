package dev.upstoxmcp.mcp.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.EnabledBy;
import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.Resource;
import dev.upstoxmcp.mcp.Tool;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CDI extension that finds every bean class with {@link Tool}, {@link Prompt}, {@link Resource} or {@link Complete}
 * methods while the container scans the application, and fails the deployment with a clear problem if one of them
 * cannot be served. Writing an annotated method is therefore all it takes to add a tool, prompt or resource. A
 * class marked {@link EnabledBy} whose property is not true is vetoed: it is no bean and nothing of it is served.
 */
public class ToolDiscovery implements Extension {

    private static final Logger LOG = Logger.getLogger(ToolDiscovery.class.getName());

    private final Set<Class<?>> toolClasses = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> promptClasses = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> resourceClasses = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> completionClasses = ConcurrentHashMap.newKeySet();

    <T> void collect(@Observes @WithAnnotations({Tool.class, Prompt.class, Resource.class, Complete.class})
                     ProcessAnnotatedType<T> type) {
        Class<T> candidate = type.getAnnotatedType().getJavaClass();
        EnabledBy switched = candidate.getAnnotation(EnabledBy.class);
        if (switched != null && !enabled(switched.value())) {
            type.veto();
            return;
        }
        if (switched != null) LOG.info(() -> candidate.getSimpleName() + " served: " + switched.value() + "=true");
        if (hasToolMethod(candidate)) toolClasses.add(candidate);
        if (PromptIntrospector.hasPrompts(candidate)) promptClasses.add(candidate);
        if (ResourceIntrospector.hasResources(candidate)) resourceClasses.add(candidate);
        if (CompletionCatalog.hasCompleters(candidate)) completionClasses.add(candidate);
    }

    private static boolean enabled(String property) {
        return ConfigProvider.getConfig().getOptionalValue(property, Boolean.class).orElse(false);
    }

    void validate(@Observes AfterDeploymentValidation validation) {
        check(validation, toolClasses, ToolIntrospector::definitionsOf);
        check(validation, promptClasses, PromptIntrospector::definitionsOf);
        check(validation, resourceClasses, ResourceIntrospector::definitionsOf);
        check(validation, completionClasses, CompletionCatalog::completersOf);
    }

    private static void check(AfterDeploymentValidation validation, Set<Class<?>> classes,
                              Function<Class<?>, ?> introspection) {
        for (Class<?> candidate : classes) {
            try {
                introspection.apply(candidate);
            } catch (IllegalStateException invalid) {
                validation.addDeploymentProblem(invalid);
            }
        }
    }

    Set<Class<?>> toolClasses() {
        return Set.copyOf(toolClasses);
    }

    Set<Class<?>> promptClasses() {
        return Set.copyOf(promptClasses);
    }

    Set<Class<?>> resourceClasses() {
        return Set.copyOf(resourceClasses);
    }

    Set<Class<?>> completionClasses() {
        return Set.copyOf(completionClasses);
    }

    private static boolean hasToolMethod(Class<?> candidate) {
        for (var method : candidate.getMethods()) {
            if (method.isAnnotationPresent(Tool.class)) return true;
        }
        return false;
    }
}
