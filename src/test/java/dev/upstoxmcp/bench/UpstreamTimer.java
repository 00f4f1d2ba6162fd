package dev.upstoxmcp.bench;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Times the requests for one path at WireMock, from the moment WireMock has read the request to the moment it starts
 * sending the answer (a small fixed body): the upstream latency our server waits for, without the server's own
 * client and network time. Stopping before the answer goes out makes sure the time is recorded before our server
 * can have answered its client.
 */
final class UpstreamTimer implements ServeEventListener {

    private final String path;
    private final Map<UUID, Long> started = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<Long> nanos = new LinkedBlockingQueue<>();

    UpstreamTimer(String path) {
        this.path = path;
    }

    @Override
    public String getName() {
        return "upstream-timer";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
        if (path.equals(event.getRequest().getUrl().split("\\?", 2)[0])) started.put(event.getId(), System.nanoTime());
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        Long start = started.remove(event.getId());
        if (start != null) nanos.add(System.nanoTime() - start);
    }

    /** Forgets what was timed so far. */
    void clear() {
        nanos.clear();
    }

    /** The requests timed since the last call (or {@link #clear()}), in nanoseconds. */
    java.util.List<Long> drain() {
        java.util.List<Long> drained = new java.util.ArrayList<>();
        nanos.drainTo(drained);
        return drained;
    }
}
