package dev.upstoxmcp.auth;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.upstoxmcp.upstox.AccessToken;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * Upstox's side of the login: the URL of its authorization dialog for this server's Upstox app, and the server-side
 * exchange of the code Upstox sends back for the user's access token ({@code POST /v2/login/authorization/token},
 * form-encoded; the answer is not wrapped in Upstox's usual envelope). Nothing of the answer but the user id, name
 * and token is kept, and no failure quotes what Upstox sent.
 */
class UpstoxLogin {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String dialogUrl;
    private final String tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String redirectUrl;

    UpstoxLogin(String dialogUrl, String tokenUrl, String clientId, Secret clientSecret, String redirectUrl) {
        this.dialogUrl = dialogUrl;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUrl = redirectUrl;
    }

    /** Where the browser goes to log in to Upstox; Upstox sends it back to our callback with the state. */
    URI dialog(String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUrl);
        query.put("state", state);
        return URI.create(dialogUrl + (dialogUrl.contains("?") ? "&" : "?") + form(query));
    }

    /** @throws UpstoxLoginException if Upstox does not give a token for the code */
    UpstoxGrant exchange(String code) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret.value());
        body.put("redirect_uri", redirectUrl);
        body.put("grant_type", "authorization_code");
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new UpstoxLoginException("Upstox could not be reached to finish the login");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstoxLoginException("The Upstox login was interrupted");
        }
        if (response.statusCode() != 200) {
            throw new UpstoxLoginException("Upstox refused the login (HTTP " + response.statusCode() + ")");
        }
        return grantOf(response.body());
    }

    static UpstoxGrant grantOf(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            JsonObject data = answer.containsKey("data") && answer.get("data") instanceof JsonObject wrapped
                    ? wrapped : answer;
            String token = data.getString("access_token", "");
            String userId = data.getString("user_id", "");
            if (token.isBlank() || userId.isBlank()) {
                throw new UpstoxLoginException("Upstox's login answer had no token or user id");
            }
            return new UpstoxGrant(userId, data.getString("user_name", userId), new AccessToken(token));
        } catch (JsonException | ClassCastException notJson) {
            throw new UpstoxLoginException("Upstox's login answer was not the JSON it documents");
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Who logged in, and their Upstox token. */
    record UpstoxGrant(String userId, String userName, AccessToken token) {}

    /** The Upstox login failed; the message is safe to show and names no value. */
    static final class UpstoxLoginException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UpstoxLoginException(String message) {
            super(message);
        }
    }
}
