package dev.upstoxmcp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock as Upstox's login for the oauth-mode ITs: two test users, the dialog, the token exchange, the profile. */
final class WireMockUpstox {

    static final UpstoxUser ASHA = new UpstoxUser("SBX042", "Asha Demo", "it-upstox-code-asha-41c9",
            "it-upstox-token-asha-7e52a1");
    static final UpstoxUser RAVI = new UpstoxUser("RVX007", "Ravi Other", "it-upstox-code-ravi-93bd",
            "it-upstox-token-ravi-c08f44");

    private WireMockUpstox() {}

    /** The dialog logs {@code loggingIn} in, the token exchange knows each user's code. */
    static void logsIn(WireMockExtension upstox, UpstoxUser loggingIn) {
        upstox.stubFor(get(urlPathEqualTo("/v2/login/authorization/dialog")).atPriority(1)
                .withQueryParam("client_id", equalTo(OAuthClient.UPSTOX_CLIENT_ID))
                .willReturn(aResponse().withStatus(302).withTransformers("response-template")
                        .withHeader("Location", "{{request.query.redirect_uri}}?code=" + loggingIn.upstoxCode()
                                + "&state={{request.query.state}}")));
        for (UpstoxUser user : List.of(ASHA, RAVI)) {
            upstox.stubFor(post(urlPathEqualTo("/v2/login/authorization/token")).atPriority(1)
                    .withRequestBody(containing("code=" + user.upstoxCode()))
                    .withRequestBody(containing("client_secret=" + OAuthClient.UPSTOX_CLIENT_SECRET))
                    .withRequestBody(containing("grant_type=authorization_code"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(user.tokenAnswer())));
        }
        upstox.stubFor(get(urlPathEqualTo("/v2/user/profile")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + RAVI.upstoxToken()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(RAVI.profileAnswer())));
    }
}
