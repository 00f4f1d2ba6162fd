package dev.upstoxmcp.tools.account;

import static dev.upstoxmcp.upstox.UpstoxGroup.ACCOUNT;

import java.util.List;

import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxRejectedException;
import dev.upstoxmcp.upstox.UserApi;
import dev.upstoxmcp.upstox.dto.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The account behind the token: profile and funds. */
@ApplicationScoped
public class AccountService {

    private static final int NOT_FOUND = 404;

    @Inject
    @RestClient
    UserApi user;

    @Inject
    UpstoxGateway upstox;

    @Inject
    AnswerStamp stamp;

    public AccountProfile profile() {
        Profile profile = upstox.fetch(ACCOUNT, user::profile);
        return new AccountProfile(profile.userId(), profile.userName(), profile.email(), profile.broker(),
                profile.userType(), Boolean.TRUE.equals(profile.isActive()), listOf(profile.exchanges()),
                listOf(profile.products()), listOf(profile.orderTypes()), profile.poa(), profile.ddpi(),
                stamp.now(), stamp.source());
    }

    /** From the v3 endpoint, or the v2 one where v3 is not offered. */
    public FundsAndMarginAnswer fundsAndMargin() {
        try {
            return FundsMapping.fromV3(upstox.fetch(ACCOUNT, user::fundsAndMarginV3), stamp.now(), stamp.source());
        } catch (UpstoxRejectedException rejected) {
            if (rejected.status() != NOT_FOUND) throw rejected;
            return FundsMapping.fromV2(upstox.fetch(ACCOUNT, () -> user.fundsAndMargin(null)), stamp.now(),
                    stamp.source());
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
