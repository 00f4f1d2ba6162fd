package dev.upstoxmcp.tools.options;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Options: listed contracts, the put/call chain and greeks. */
@ApplicationScoped
public class OptionTools {

    @Inject
    OptionService options;

    @Tool(name = "get_option_contracts", title = "Option contracts", description = """
            Option contracts listed on an index or F&O stock (NIFTY, BANKNIFTY, "Nifty 50", RELIANCE): every \
            expiry with its number of strikes, strike range (INR) and lot size; with expiry, that expiry's strikes and the \
            instrument keys of their call and put (a page of them), for get_option_greeks or get_quotes.""")
    public OptionContractsAnswer getOptionContracts(
            @ToolArg(description = "Underlying index or stock, e.g. NIFTY, \"Nifty Bank\", RELIANCE") String underlying,
            @ToolArg(description = "Expiry date, yyyy-MM-dd, to list its strikes") Optional<LocalDate> expiry,
            @ToolArg(description = "Strikes per page, 1-500", defaultValue = "100") @Min(1) @Max(500) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return options.contracts(underlying, expiry, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_option_chain", title = "Option chain", description = """
            Put/call option chain of an index or F&O stock for one expiry (default: the nearest), strikes around \
            the money: per strike the call and put price (INR) and change, open interest and its change, volume, \
            bid/ask, implied volatility (percent), delta, gamma, theta (per day), vega and probability of profit; \
            plus spot, ATM strike, days to expiry, and over all strikes total call/put open interest, PCR and max \
            pain. Not available for MCX.""")
    public OptionChainAnswer getOptionChain(
            @ToolArg(description = "Underlying index or stock, e.g. NIFTY, \"Nifty Bank\", RELIANCE") String underlying,
            @ToolArg(description = "Expiry date, yyyy-MM-dd; default the nearest") Optional<LocalDate> expiry,
            @ToolArg(description = "Strikes each side of the ATM strike, 1-100; 0 for all", defaultValue = "10")
            @Min(0) @Max(100) int strikesAround) {
        return options.chain(underlying, expiry, strikesAround);
    }

    @Tool(name = "get_option_greeks", title = "Option greeks", description = """
            Live greeks of up to 500 option contracts (instrument keys from get_option_chain or \
            get_option_contracts, or symbols such as "NIFTY 26000 CE 29 DEC 26" or NIFTY26DEC26000CE): last price \
            (INR) and change, implied volatility (percent), delta, gamma, theta (per day), vega, open interest and \
            volume.""")
    public OptionGreeksAnswer getOptionGreeks(
            @ToolArg(description = "Option contracts: instrument keys (NSE_FO|...) or trading symbols")
            @Size(min = 1, max = 500) List<String> instruments) {
        return options.greeks(instruments);
    }
}
