package dev.upstoxmcp.tools;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import dev.upstoxmcp.upstox.AccessToken;
import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.TokenSource;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Tool-layer beans wired without a container, the way CDI would wire them, over the committed sandbox fixtures:
 * Rest Clients answer from the fixtures ({@link FixtureBackedApi}), the gateway is the real one (without its retries),
 * "now" is fixed, instruments resolve from the sandbox's instrument master, and other beans are built the same way, once
 * each. Beans given to {@link #with} are used as they are.
 * Configuration fields ({@code @ConfigProperty}) keep their Java defaults, and {@code @Resource}s (the managed
 * executor) stay null.
 */
public final class FixtureBeans {

    private final Map<Class<?>, Object> beans = new HashMap<>();

    private FixtureBeans(OffsetDateTime now) {
        beans.put(AnswerStamp.class, new AnswerStamp() {
            @Override
            public OffsetDateTime now() {
                return now;
            }

            @Override
            public DataSource source() {
                return DataSource.SANDBOX;
            }
        });
        beans.put(TokenSource.class, (TokenSource) () -> new AccessToken("fixture-token"));
        beans.put(Clock.class, Clock.fixed(now.toInstant(), now.getOffset()));
        beans.put(UpstoxGateway.class, create(UpstoxGateway.class));
        InstrumentCatalog instruments = FixtureInstruments.catalog();
        beans.put(InstrumentCatalog.class, instruments);
        beans.put(InstrumentResolver.class, new InstrumentResolver(instruments));
    }

    /** @param now IST, e.g. {@code 2026-11-20T16:30:00+05:30} */
    public static FixtureBeans at(String now) {
        return new FixtureBeans(OffsetDateTime.parse(now));
    }

    public <T> FixtureBeans with(Class<T> type, T bean) {
        beans.put(type, bean);
        return this;
    }

    public <T> T get(Class<T> type) {
        Object existing = beans.get(type);
        if (existing != null) return type.cast(existing);
        T bean = type.isAnnotationPresent(RegisterRestClient.class) ? FixtureBackedApi.of(type) : create(type);
        beans.put(type, bean);
        return bean;
    }

    private <T> T create(Class<T> type) {
        try {
            T bean = type.getDeclaredConstructor().newInstance();
            for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    if (!field.isAnnotationPresent(Inject.class)) continue;
                    if (field.isAnnotationPresent(ConfigProperty.class)) continue;  // keeps its Java default
                    field.setAccessible(true);
                    field.set(bean, get(field.getType()));
                }
            }
            return bean;
        } catch (ReflectiveOperationException notABean) {
            throw new IllegalStateException("cannot build " + type.getName() + " for a test", notABean);
        }
    }
}
