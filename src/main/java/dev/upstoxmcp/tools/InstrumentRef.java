package dev.upstoxmcp.tools;

import dev.upstoxmcp.upstox.instruments.Instrument;

/** Which instrument an answer is about, as the user knows it and as Upstox keys it. */
public record InstrumentRef(String symbol, String name, String exchange, String instrumentKey) {

    public static InstrumentRef of(Instrument instrument) {
        return new InstrumentRef(instrument.symbol(), instrument.name(), instrument.exchange(), instrument.key());
    }
}
