package dev.upstoxmcp.tools.account;

import dev.upstoxmcp.mcp.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who the user is and what money they have. */
@ApplicationScoped
public class AccountTools {

    @Inject
    AccountService account;

    @Tool(name = "get_profile", title = "Profile", description = """
            Profile of the linked Upstox account: user id, name, email, account type and status, enabled exchanges \
            (NSE, BSE, NFO, MCX, ...), products (D delivery, I intraday, CO cover order, MTF) and order types.""")
    public AccountProfile getProfile() {
        return account.profile();
    }

    @Tool(name = "get_funds_and_margin", title = "Funds and margin", description = """
            Funds of the Upstox account in INR, equity and commodity combined: available to trade, cash (opening \
            balance, added and withdrawn today, proceeds of sales, unpaid charges), margin used (incl. MTF and \
            realised/unrealised losses), margin from pledged holdings, and unsettled profit. Upstox's funds service \
            is down daily 00:00-05:30 IST; calls then return a maintenance error.""")
    public FundsAndMarginAnswer getFundsAndMargin() {
        return account.fundsAndMargin();
    }
}
