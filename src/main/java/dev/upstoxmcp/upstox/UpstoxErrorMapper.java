package dev.upstoxmcp.upstox;

import java.io.StringReader;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Maps Upstox's error answers to {@link UpstoxException}s. Upstox sends both spellings of the error code,
 * {@code error_code} and the deprecated {@code errorCode}; either is accepted. Bodies that are not JSON (a proxy's HTML
 * page) still map by HTTP status. Upstox's own message text is not passed on. A success answer that says it is not
 * JSON (a maintenance or login page served with 200) is an unreadable answer too.
 */
public class UpstoxErrorMapper implements ResponseExceptionMapper<UpstoxException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 || notJson(headers.getFirst(HttpHeaders.CONTENT_TYPE));
    }

    @Override
    public UpstoxException toThrowable(Response response) {
        if (response.getStatus() < 400) return UpstoxErrors.badResponse();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        UpstoxException failure = UpstoxErrors.ofStatus(response.getStatus(), errorCodeOf(body),
                retryAfterSeconds(response.getHeaderString(HttpHeaders.RETRY_AFTER)));
        if (failure instanceof TokenExpiredException) CDI.current().select(UpstreamMetrics.class).get().tokenRejected();
        return failure;
    }

    /** The first error's code from an Upstox error envelope, or null. */
    static String errorCodeOf(String body) {
        if (body == null || body.isBlank()) return null;
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue root = reader.readValue();
            if (root.getValueType() != JsonValue.ValueType.OBJECT) return null;
            JsonValue errors = root.asJsonObject().get("errors");
            if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) return null;
            JsonArray list = errors.asJsonArray();
            if (list.isEmpty() || list.get(0).getValueType() != JsonValue.ValueType.OBJECT) return null;
            JsonObject first = list.getJsonObject(0);
            String snake = first.getString("error_code", null);
            return snake != null ? snake : first.getString("errorCode", null);
        } catch (JsonException notAnUpstoxEnvelope) {
            return null;
        }
    }

    /** A declared content type other than JSON ({@code .../json} or {@code .../...+json}); none is not judged. */
    static boolean notJson(Object contentType) {
        if (contentType == null) return false;
        String type = contentType.toString().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return !(type.endsWith("/json") || type.endsWith("+json"));
    }

    private static Long retryAfterSeconds(String header) {
        return header != null && header.strip().matches("\\d{1,6}") ? Long.valueOf(header.strip()) : null;
    }
}
