package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.Content;
import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.PromptArg;

/** Reads {@link Prompt} methods into {@link PromptDefinition}s, refusing what cannot become a prompt. */
final class PromptIntrospector {

    private PromptIntrospector() {}

    static List<PromptDefinition> definitionsOf(Class<?> beanClass) {
        return Arrays.stream(beanClass.getMethods())
                .filter(method -> method.isAnnotationPresent(Prompt.class))
                .map(method -> definitionOf(beanClass, method))
                .sorted(Comparator.comparing(PromptDefinition::name))
                .toList();
    }

    static boolean hasPrompts(Class<?> candidate) {
        return Arrays.stream(candidate.getMethods()).anyMatch(method -> method.isAnnotationPresent(Prompt.class));
    }

    private static PromptDefinition definitionOf(Class<?> beanClass, Method method) {
        Prompt prompt = method.getAnnotation(Prompt.class);
        String where = beanClass.getSimpleName() + "." + method.getName();
        require(prompt.name().matches("[a-z]+(_[a-z]+)+"), where, "the name must be snake_case words");
        require(!prompt.description().isBlank(), where, "a prompt needs a description");
        require(method.getReturnType() == String.class || method.getReturnType() == Content.class, where,
                "a prompt returns the message text, a String, or Content");
        require(!Modifier.isStatic(method.getModifiers()), where, "a prompt is an instance method");
        List<PromptDefinition.Argument> arguments = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PromptArg arg = parameter.getAnnotation(PromptArg.class);
            require(arg != null, where, "parameter " + parameter.getName() + " needs @PromptArg");
            require(!arg.description().isBlank(), where, "argument " + parameter.getName() + " needs a description");
            boolean optional = isOptionalString(parameter.getParameterizedType());
            require(optional || parameter.getType() == String.class, where, "argument " + parameter.getName()
                    + " must be String or Optional<String>");
            String name = arg.name().isEmpty() ? ToolJson.wireName(parameter.getName()) : arg.name();
            arguments.add(new PromptDefinition.Argument(name, arg.description().strip(), optional));
        }
        return new PromptDefinition(prompt.name(), prompt.title(), prompt.description().strip(), beanClass, method,
                List.copyOf(arguments));
    }

    private static boolean isOptionalString(Type type) {
        return type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class
                && parameterized.getActualTypeArguments()[0] == String.class;
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) throw new IllegalStateException("Prompt " + where + ": " + problem);
    }
}
