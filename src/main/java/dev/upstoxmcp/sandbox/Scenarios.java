package dev.upstoxmcp.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** States of WireMock-style scenarios; every scenario starts (and resets to) {@value #STARTED}. */
final class Scenarios {

    static final String STARTED = "Started";

    private final Map<String, String> states = new ConcurrentHashMap<>();

    String stateOf(String scenario) {
        return states.getOrDefault(scenario, STARTED);
    }

    void set(String scenario, String state) {
        states.put(scenario, state);
    }

    void resetAll() {
        states.clear();
    }

    Map<String, String> snapshot() {
        return Map.copyOf(states);
    }
}
