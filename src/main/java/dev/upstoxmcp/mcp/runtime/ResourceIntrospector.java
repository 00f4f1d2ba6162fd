package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.upstoxmcp.mcp.Resource;

/** Reads {@link Resource} methods into {@link ResourceDefinition}s, refusing what cannot become a resource. */
final class ResourceIntrospector {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*://\\S+");

    private ResourceIntrospector() {}

    static boolean hasResources(Class<?> candidate) {
        return Arrays.stream(candidate.getMethods()).anyMatch(method -> method.isAnnotationPresent(Resource.class));
    }

    static List<ResourceDefinition> definitionsOf(Class<?> beanClass) {
        return Arrays.stream(beanClass.getMethods())
                .filter(method -> method.isAnnotationPresent(Resource.class))
                .map(method -> definitionOf(beanClass, method))
                .sorted(Comparator.comparing(ResourceDefinition::uri))
                .toList();
    }

    private static ResourceDefinition definitionOf(Class<?> beanClass, Method method) {
        Resource resource = method.getAnnotation(Resource.class);
        String where = beanClass.getSimpleName() + "." + method.getName();
        require(SCHEME.matcher(resource.uri()).matches(), where, "uri must be scheme://..., got " + resource.uri());
        require(!resource.name().isBlank() && !resource.description().isBlank(), where,
                "a resource needs a name and a description");
        require(!Modifier.isStatic(method.getModifiers()), where, "a resource is an instance method");
        Class<?> returned = method.getReturnType();
        require(returned != void.class && !returned.isPrimitive(), where, "a resource returns its content");
        require(returned != byte[].class || !resource.mimeType().isEmpty(), where, "name the mimeType of a blob");
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(resource.uri());
        while (matcher.find()) variables.add(matcher.group(1));
        Parameter[] parameters = method.getParameters();
        require(parameters.length == variables.size(), where, "one String parameter per template variable "
                + variables);
        for (int i = 0; i < parameters.length; i++) {
            require(parameters[i].getType() == String.class && parameters[i].isNamePresent()
                    && variables.contains(parameters[i].getName()), where, "parameter " + parameters[i].getName()
                    + " must be a String named after a template variable " + variables);
        }
        List<String> ordered = Arrays.stream(parameters).map(Parameter::getName).toList();
        return new ResourceDefinition(resource.uri(), resource.name(), resource.title(),
                resource.description().strip(), mimeTypeOf(resource, returned), beanClass, method, ordered);
    }

    private static String mimeTypeOf(Resource resource, Class<?> returned) {
        if (!resource.mimeType().isEmpty()) return resource.mimeType();
        return returned == String.class ? "text/plain" : "application/json";
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) throw new IllegalStateException("Resource " + where + ": " + problem);
    }
}
