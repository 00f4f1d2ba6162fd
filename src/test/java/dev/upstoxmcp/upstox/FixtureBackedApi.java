package dev.upstoxmcp.upstox;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.sandbox.FixtureServer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * A Rest Client interface answered from the committed sandbox fixtures, the way the MicroProfile Rest Client would:
 * path parameters filled in, null query parameters left out, success bodies read with JSON-B into the declared type,
 * error answers mapped like {@link UpstoxErrorMapper} does. Every request is recorded for assertions.
 */
public final class FixtureBackedApi {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** One request as sent: its path and query. */
    public record Request(String path, Map<String, String> query) {}

    private FixtureBackedApi() {}

    public static <T> T of(Class<T> api) {
        return of(api, new ArrayList<>());
    }

    /** @param requests receives every request the API sends */
    public static <T> T of(Class<T> api, List<Request> requests) {
        return of(api, requests, "Started");
    }

    /** @param scenarioState the sandbox's {@code upstox} scenario state, e.g. {@code maintenance} */
    public static <T> T of(Class<T> api, List<Request> requests, String scenarioState) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "fixture-backed " + api.getSimpleName();
                };
            }
            Request request = request(method, args == null ? new Object[0] : args);
            requests.add(request);
            FixtureServer.Answer answer = FixtureServer.get(request.path(), request.query(),
                    scenarioState);
            if (answer.status() >= 400) {
                throw UpstoxErrors.ofStatus(answer.status(), UpstoxErrorMapper.errorCodeOf(answer.text()), null);
            }
            return JSONB.fromJson(answer.text(), method.getGenericReturnType());
        }));
    }

    private static Request request(Method method, Object[] args) {
        String path = method.getAnnotation(Path.class).value();
        Map<String, String> query = new LinkedHashMap<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (args[i] == null) continue;
            PathParam pathParam = parameters[i].getAnnotation(PathParam.class);
            QueryParam queryParam = parameters[i].getAnnotation(QueryParam.class);
            if (pathParam != null) {   // a path encodes a space as %20 (URLEncoder, for forms, writes +)
                path = path.replace("{" + pathParam.value() + "}",
                        URLEncoder.encode(args[i].toString(), StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (queryParam != null) {
                query.put(queryParam.value(), args[i].toString());
            }
        }
        return new Request(path, query);
    }
}
