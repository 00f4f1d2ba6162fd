package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.Content;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import dev.upstoxmcp.mcp.ToolCallException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the {@link Tool} methods of a class into {@link ToolDefinition}s, rejecting at start-up anything a client
 * could not call reliably: bad names, missing descriptions, unsupported argument types, defaults that do not parse,
 * results that are not JSON objects.
 */
final class ToolIntrospector {

    private static final Pattern TOOL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<Class<?>> SCALARS = Set.of(String.class, int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, boolean.class, Boolean.class, BigDecimal.class, LocalDate.class, Period.class);

    private ToolIntrospector() {}

    static List<ToolDefinition> definitionsOf(Class<?> beanClass) {
        return Arrays.stream(beanClass.getMethods())
                .filter(method -> method.isAnnotationPresent(Tool.class))
                .sorted(Comparator.comparing(Method::getName))
                .map(method -> definitionOf(beanClass, method))
                .toList();
    }

    static ToolDefinition definitionOf(Class<?> beanClass, Method method) {
        Tool tool = method.getAnnotation(Tool.class);
        String where = beanClass.getSimpleName() + "." + method.getName();
        require(TOOL_NAME.matcher(tool.name()).matches(), where, "tool name must be snake_case, got " + tool.name());
        require(!tool.description().isBlank(), where, "tool needs a description");
        require(!Modifier.isStatic(method.getModifiers()), where, "a tool method must not be static");
        Type resultType = resultType(method.getGenericReturnType());
        require(isObjectResult(ToolArgument.raw(resultType)), where, "a tool must return a record or class, not "
                + ToolArgument.raw(resultType).getSimpleName());
        List<ToolArgument> arguments = new ArrayList<>();
        List<Class<?>> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (ToolDefinition.SUPPLIED.contains(parameter.getType())) {
                require(!parameter.isAnnotationPresent(ToolArg.class), where, "parameter " + parameter.getName()
                        + " is supplied by the runtime and takes no @ToolArg");
                require(!parameters.contains(parameter.getType()), where, "one " + parameter.getType()
                        .getSimpleName() + " parameter at most");
                parameters.add(parameter.getType());
                continue;
            }
            arguments.add(argumentOf(where, parameter));
            parameters.add(null);
        }
        require(arguments.stream().map(ToolArgument::name).distinct().count() == arguments.size(), where,
                "argument names must be unique");
        Map<String, Object> inputSchema = tool.inputSchema().isBlank() ? inputSchema(arguments)
                : declaredSchema(where, tool.inputSchema());
        Map<String, Object> outputSchema = ToolArgument.raw(resultType) == Content.class ? null
                : outputSchema(resultType);
        return new ToolDefinition(tool.name(), tool.title(), tool.description().strip(), beanClass, method,
                List.copyOf(arguments), Collections.unmodifiableList(parameters), inputSchema, outputSchema);
    }

    private static ToolArgument argumentOf(String where, Parameter parameter) {
        ToolArg arg = parameter.getAnnotation(ToolArg.class);
        require(arg != null, where, "parameter " + parameter.getName() + " needs @ToolArg");
        require(parameter.isNamePresent() || !arg.name().isEmpty(), where,
                "compile with -parameters or name the argument in @ToolArg");
        String name = arg.name().isEmpty() ? ToolJson.wireName(parameter.getName()) : arg.name();
        Type declared = parameter.getParameterizedType();
        Type valueType = ToolArgument.unwrapOptional(declared);
        boolean optional = !declared.equals(valueType);
        String defaultValue = ToolArg.NO_DEFAULT.equals(arg.defaultValue()) ? null : arg.defaultValue();
        Min min = parameter.getAnnotation(Min.class);
        Max max = parameter.getAnnotation(Max.class);
        Size size = parameter.getAnnotation(Size.class);
        ToolArgument argument = new ToolArgument(name, arg.description().strip(), valueType, optional, defaultValue,
                min == null ? null : min.value(), max == null ? null : max.value(),
                size == null ? null : size.min(), size == null || size.max() == Integer.MAX_VALUE ? null : size.max());
        require(!argument.description().isEmpty(), where, "argument " + name + " needs a description");
        require(isSupported(argument), where, "argument " + name + " has an unsupported type " + valueType);
        require(!(optional && defaultValue != null), where, "argument " + name + " is Optional and has a default");
        requireParsableDefault(where, argument);
        return argument;
    }

    private static void requireParsableDefault(String where, ToolArgument argument) {
        if (argument.defaultValue() == null) return;
        try {
            ArgumentBinder.defaultOf(argument);
        } catch (ToolCallException invalid) {
            throw new IllegalStateException("Tool " + where + ": default of " + argument.name() + " does not parse: "
                    + invalid.getMessage(), invalid);
        }
    }

    private static boolean isSupported(ToolArgument argument) {
        Class<?> element = argument.elementType();
        Class<?> single = element != null ? element : argument.rawValueType();
        return SCALARS.contains(single) || single.isEnum();
    }

    /** What becomes the structured content: the declared type, or T of {@code Charted<T>}. */
    private static Type resultType(Type declared) {
        if (ToolArgument.raw(declared) != Charted.class) return declared;
        require(declared instanceof ParameterizedType, "Charted", "declare Charted<T> with its type argument");
        return ((ParameterizedType) declared).getActualTypeArguments()[0];
    }

    private static boolean isObjectResult(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !SCALARS.contains(type)
                && !Iterable.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type) && type != Object.class;
    }

    private static Map<String, Object> inputSchema(List<ToolArgument> arguments) {
        ObjectNode root = ToolJson.MAPPER.createObjectNode().put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ArrayNode required = ToolJson.MAPPER.createArrayNode();
        for (ToolArgument argument : arguments) {
            ObjectNode schema = ToolSchemas.of(argument.valueType()).put("description", argument.description());
            if (argument.defaultValue() != null) {
                schema.set("default", ToolJson.MAPPER.valueToTree(ArgumentBinder.defaultOf(argument)));
            }
            if (argument.minimum() != null) schema.put("minimum", argument.minimum());
            if (argument.maximum() != null) schema.put("maximum", argument.maximum());
            if (argument.minItems() != null && argument.minItems() > 0) schema.put("minItems", argument.minItems());
            if (argument.maxItems() != null) schema.put("maxItems", argument.maxItems());
            properties.set(argument.name(), schema);
            if (argument.required()) required.add(argument.name());
        }
        if (!required.isEmpty()) root.set("required", required);
        root.put("additionalProperties", false);
        return ToolSchemas.asMap(root);
    }

    private static Map<String, Object> declaredSchema(String where, String json) {
        try {
            tools.jackson.databind.JsonNode schema = ToolJson.MAPPER.readTree(json);
            require(schema.isObject() && "object".equals(schema.path("type").asString()), where,
                    "inputSchema must be a JSON Schema of type object");
            return ToolSchemas.asMap((ObjectNode) schema);
        } catch (tools.jackson.core.JacksonException invalid) {
            throw new IllegalStateException("Tool " + where + ": inputSchema is not JSON", invalid);
        }
    }

    private static Map<String, Object> outputSchema(Type resultType) {
        return ToolSchemas.asMap(ToolSchemas.of(resultType));
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) throw new IllegalStateException("Tool " + where + ": " + problem);
    }
}
