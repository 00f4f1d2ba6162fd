package dev.upstoxmcp.mcp.runtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of tool results: snake_case fields, absent values omitted, enums in lower case, money as plain
 * decimals and times as ISO-8601 with their offset. Its twin for schemas is {@link ToolSchemas}.
 */
final class ToolJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final SnakeCase SNAKE_CASE = new SnakeCase();

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private ToolJson() {}

    /** The wire name of a Java member name: {@code nextCursor} becomes {@code next_cursor}. */
    static String wireName(String javaName) {
        return SNAKE_CASE.wireName(javaName);
    }

    static Map<String, Object> toObject(Object value) {
        return MAPPER.convertValue(value, OBJECT);
    }

    static String toText(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Jackson's snake_case strategy, with its translation opened to the schema generator. */
    private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {
        private static final long serialVersionUID = 1L;

        String wireName(String javaName) {
            return translate(javaName);
        }
    }
}
