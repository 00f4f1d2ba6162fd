package dev.upstoxmcp.upstox.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.Ist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upstox's instrument master, kept in memory. It is downloaded at start-up in the background and again after
 * Upstox publishes the day's file (06:30 IST by default); requests always use the snapshot in hand and never wait
 * for a refresh. Only the very first load, if a request needs it, is waited for, briefly.
 */
@ApplicationScoped
public class InstrumentCatalog {

    private static final Logger LOG = Logger.getLogger(InstrumentCatalog.class.getName());

    @Inject
    @ConfigProperty(name = "upstox.instruments.url")
    String url;

    @Inject
    @ConfigProperty(name = "upstox.instruments.refresh-at")
    LocalTime refreshAt;

    @Inject
    @ConfigProperty(name = "upstox.instruments.first-load-wait")
    Duration firstLoadWait;

    /** After a failed download, how long requests wait before one of them tries again. */
    @Inject
    @ConfigProperty(name = "upstox.instruments.retry-after-failure")
    Duration retryAfterFailure;

    @Inject
    @ConfigProperty(name = "upstox.user-agent")
    String userAgent;

    @Inject
    Clock clock;

    private static final Duration MAX_BACKGROUND_DELAY = Duration.ofMinutes(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final AtomicReference<InstrumentMaster> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<InstrumentMaster>> loading = new AtomicReference<>();
    private volatile Instant lastFailure = Instant.MIN;

    /** A catalog holding a given master and loading nothing; for tests and benchmarks. */
    public static InstrumentCatalog of(InstrumentMaster master) {
        InstrumentCatalog catalog = new InstrumentCatalog();
        catalog.current.set(master);
        catalog.refreshAt = LocalTime.MIN;
        catalog.clock = Clock.fixed(master.loadedAt(), Ist.ZONE);
        return catalog;
    }

    /**
     * Starts loading shortly after start-up and keeps retrying, backing off to a minute, until a master is in hand
     * (in sandbox mode the file comes from this very server, which may not be serving yet).
     */
    void loadAtStartup(@Observes Startup startup) {
        loadInBackground(Duration.ofSeconds(1));
    }

    private void loadInBackground(Duration delay) {
        CompletableFuture.runAsync(() -> load().whenComplete((master, failure) -> {
            if (failure != null && current.get() == null) {
                loadInBackground(delay.multipliedBy(2).compareTo(MAX_BACKGROUND_DELAY) > 0 ? MAX_BACKGROUND_DELAY
                        : delay.multipliedBy(2));
            }
        }), CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The instrument master in hand, refreshed in the background when the day's file is due. */
    public InstrumentMaster master() {
        InstrumentMaster master = current.get();
        if (master != null) {
            if (isStale(master)) load();
            return master;
        }
        try {
            return load().get(firstLoadWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillLoading) {
            throw new ToolCallException("The list of instruments is still loading. Ask again in a few seconds, or "
                    + "give the instrument key (e.g. NSE_EQ|INE002A01018) instead of a symbol.");
        } catch (ExecutionException | InterruptedException failed) {
            if (failed instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new ToolCallException("Upstox's list of instruments could not be downloaded, so symbols cannot be "
                    + "looked up right now. Give the instrument key (e.g. NSE_EQ|INE002A01018), or try again in a "
                    + "minute.");
        }
    }

    /** Whether a master has been loaded; for readiness. */
    public boolean loaded() {
        return current.get() != null;
    }

    /** The master in hand, if any, without loading one; for readiness. */
    Optional<InstrumentMaster> inHand() {
        return Optional.ofNullable(current.get());
    }

    private boolean isStale(InstrumentMaster master) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Ist.ZONE));
        ZonedDateTime dueToday = now.with(refreshAt);
        ZonedDateTime due = now.isBefore(dueToday) ? dueToday.minusDays(1) : dueToday;
        return master.loadedAt().isBefore(due.toInstant());
    }

    /** Starts a download unless one is running (or one failed moments ago), and returns it. */
    private CompletableFuture<InstrumentMaster> load() {
        CompletableFuture<InstrumentMaster> running = loading.get();
        if (running != null && !running.isDone()) return running;
        if (current.get() == null && running != null && running.isCompletedExceptionally()
                && lastFailure.plus(retryAfterFailure).isAfter(clock.instant())) {
            return running;
        }
        CompletableFuture<InstrumentMaster> next = new CompletableFuture<>();
        if (!loading.compareAndSet(running, next)) return loading.get();
        CompletableFuture.runAsync(() -> {
            try {
                InstrumentMaster master = new InstrumentMaster(download(), clock.instant());
                current.set(master);
                LOG.info(() -> "Instrument master loaded: " + master.size() + " instruments");
                next.complete(master);
            } catch (IOException | RuntimeException failed) {
                lastFailure = clock.instant();
                LOG.log(Level.WARNING, "Instrument master could not be loaded from {0}; retrying",
                        URI.create(url).getHost());
                next.completeExceptionally(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                next.completeExceptionally(interrupted);
            }
        });
        return next;
    }

    private List<Instrument> download() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("User-Agent", userAgent).header("Accept-Encoding", "gzip").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode());
            return InstrumentFile.read(body);
        }
    }
}
