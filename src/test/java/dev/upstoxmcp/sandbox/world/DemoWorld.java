package dev.upstoxmcp.sandbox.world;

/** The whole demo world, built once: prices, the account's trades and what they add up to. */
public final class DemoWorld {

    private static final DemoWorld INSTANCE = new DemoWorld();

    private final MarketModel market = new MarketModel();
    private final Ledger ledger = new Ledger(market);
    private final Account account = new Account(ledger.trades());

    private DemoWorld() {}

    public static DemoWorld get() {
        return INSTANCE;
    }

    public MarketModel market() {
        return market;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Account account() {
        return account;
    }
}
