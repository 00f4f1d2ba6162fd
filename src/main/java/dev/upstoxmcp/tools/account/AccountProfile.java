package dev.upstoxmcp.tools.account;

import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;

/** Who the linked Upstox user is and what the account may trade. */
public record AccountProfile(
        String userId,
        String userName,
        String email,
        String broker,
        String userType,
        boolean active,
        List<String> exchanges,
        List<String> products,
        List<String> orderTypes,
        Boolean poa,
        Boolean ddpi,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        return userName + " (" + userId + "), " + (active ? "active" : "inactive") + " " + userType + " account at "
                + broker + ", exchanges " + String.join(", ", exchanges) + ".";
    }
}
