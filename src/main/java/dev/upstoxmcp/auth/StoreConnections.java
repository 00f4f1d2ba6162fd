package dev.upstoxmcp.auth;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens connections to the token store's JDBC URL with the driver packaged in the application (H2 or PostgreSQL),
 * found through this class's own class loader rather than the container's {@code DriverManager}.
 */
final class StoreConnections {

    private final Driver driver;
    private final String url;
    private final Properties credentials = new Properties();

    StoreConnections(String url, String user, Secret password) {
        this.url = url;
        this.driver = ServiceLoader.load(Driver.class, StoreConnections.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> accepts(candidate, url))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("upstox.auth.store-url must be a jdbc:h2: or "
                        + "jdbc:postgresql: URL"));
        if (user != null && !user.isBlank()) credentials.setProperty("user", user);
        if (password != null && !password.isBlank()) credentials.setProperty("password", password.value());
    }

    Connection open() throws SQLException {
        Connection connection = driver.connect(url, credentials);
        if (connection == null) throw new SQLException("the driver refused the URL", "08001");
        return connection;
    }

    private static boolean accepts(Driver driver, String url) {
        try {
            return driver.acceptsURL(url);
        } catch (SQLException unusable) {
            return false;
        }
    }
}
