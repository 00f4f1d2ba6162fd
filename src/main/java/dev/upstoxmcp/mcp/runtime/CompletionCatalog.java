package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The {@link Complete} methods of this application as completion/complete handlers: one per prompt or resource
 * template, dispatching on the argument name. At most {@link #MAX_VALUES} values go out, with the total and
 * {@code hasMore}; an argument nobody completes, or a completer that fails, gets an empty list.
 */
@ApplicationScoped
public class CompletionCatalog {

    static final int MAX_VALUES = 100;

    /** One completer: which prompt or template, which argument, and the method. */
    record Completer(McpSchema.CompleteReference reference, String argument, Class<?> beanClass, Method method) {

        String key() {
            return reference.type() + " " + reference.identifier();
        }
    }

    @Inject
    ToolDiscovery discovery;

    @Inject
    Instance<Object> beans;

    private List<Completer> completers = List.of();

    @PostConstruct
    void discover() {
        completers = discovery.completionClasses().stream()
                .flatMap(completionClass -> completersOf(completionClass).stream())
                .sorted(Comparator.comparing(Completer::key).thenComparing(Completer::argument))
                .toList();
    }

    static boolean hasCompleters(Class<?> candidate) {
        return Arrays.stream(candidate.getMethods()).anyMatch(method -> method.isAnnotationPresent(Complete.class));
    }

    static List<Completer> completersOf(Class<?> beanClass) {
        return Arrays.stream(beanClass.getMethods())
                .filter(method -> method.isAnnotationPresent(Complete.class))
                .map(method -> completerOf(beanClass, method))
                .toList();
    }

    private static Completer completerOf(Class<?> beanClass, Method method) {
        Complete complete = method.getAnnotation(Complete.class);
        String where = "Completion " + beanClass.getSimpleName() + "." + method.getName() + ": ";
        if (complete.prompt().isEmpty() == complete.resource().isEmpty()) {
            throw new IllegalStateException(where + "name either a prompt or a resource template");
        }
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1
                || method.getParameterTypes()[0] != String.class || !returnsStrings(method)) {
            throw new IllegalStateException(where + "must be an instance method List<String> name(String typed)");
        }
        McpSchema.CompleteReference reference = complete.prompt().isEmpty()
                ? new McpSchema.ResourceReference(complete.resource())
                : new McpSchema.PromptReference(complete.prompt());
        return new Completer(reference, complete.argument(), beanClass, method);
    }

    private static boolean returnsStrings(Method method) {
        return method.getReturnType() == List.class && method.getGenericReturnType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class;
    }

    List<SyncCompletionSpecification> specifications() {
        Map<String, List<Completer>> byReference = completers.stream()
                .collect(Collectors.groupingBy(Completer::key, LinkedHashMap::new, Collectors.toList()));
        return byReference.values().stream()
                .map(group -> new SyncCompletionSpecification(group.get(0).reference(),
                        (exchange, request) -> complete(group, request.argument())))
                .toList();
    }

    McpSchema.CompleteResult complete(List<Completer> group, McpSchema.CompleteRequest.CompleteArgument argument) {
        String typed = argument.value() == null ? "" : argument.value();
        List<String> values = group.stream().filter(completer -> completer.argument().equals(argument.name()))
                .findFirst().map(completer -> valuesOf(completer, typed)).orElse(List.of());
        return result(values);
    }

    static McpSchema.CompleteResult result(List<String> values) {
        List<String> shown = values.size() > MAX_VALUES ? values.subList(0, MAX_VALUES) : values;
        return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(List.copyOf(shown),
                values.size(), values.size() > MAX_VALUES));
    }

    @SuppressWarnings("unchecked")
    private List<String> valuesOf(Completer completer, String typed) {
        try {
            List<String> values = (List<String>) completer.method().invoke(beans.select(completer.beanClass()).get(),
                    typed);
            return values == null ? List.of() : values.stream().distinct().toList();
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof ToolCallException) return List.of();
            throw new IllegalStateException("completer " + completer.method().getName() + " failed",
                    failed.getCause());
        } catch (IllegalAccessException inaccessible) {
            throw new IllegalStateException(inaccessible);
        }
    }
}
