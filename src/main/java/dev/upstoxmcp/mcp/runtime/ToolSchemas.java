package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Type;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (2020-12) of tool arguments and results, generated from the Java types so they cannot drift from what
 * {@link ToolJson} writes: snake_case names, lower-case enums, ISO date-time strings, every schema inlined (no
 * {@code $ref}) for client portability. Collections and primitives are required; other members may be absent.
 */
final class ToolSchemas {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(configuration());

    private ToolSchemas() {}

    /** The schema of one value of {@code type}, as a JSON object node the caller may extend. */
    static ObjectNode of(Type type) {
        return GENERATOR.generateSchema(type);
    }

    static Map<String, Object> asMap(ObjectNode schema) {
        return ToolJson.MAPPER.convertValue(schema, OBJECT);
    }

    /** Wire forms of an enum's constants, the same strings {@link ToolJson} writes. */
    static String[] enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig configuration() {
        var builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .without(Option.SCHEMA_VERSION_INDICATOR, Option.FLATTENED_ENUMS)
                .with(Option.INLINE_ALL_SCHEMAS, Option.STANDARD_FORMATS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        builder.forFields()
                .withPropertyNameOverrideResolver(field -> ToolJson.wireName(field.getDeclaredName()))
                .withRequiredCheck(field -> field.getType().isPrimitive()
                        || field.getType().isInstanceOf(Collection.class)
                        || field.getType().isInstanceOf(Map.class));
        builder.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
            if (javaType.isInstanceOf(Period.class)) {
                return new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", "^([0-9]{1,3}\\s*[dwmyDWMY]|P.+)$"), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.YES);
            }
            if (!javaType.isInstanceOf(Enum.class)) return null;
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
            ArrayNode values = node.putArray("enum");
            Arrays.stream(enumValues(javaType.getErasedType())).forEach(values::add);
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        });
        return builder.build();
    }
}
