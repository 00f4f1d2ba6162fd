package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock standing in for api.upstox.com, serving the sandbox fixtures, on the port the live-mode server calls. */
final class UpstoxStub {

    private UpstoxStub() {}

    static WireMockExtension create() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().port(TestServers.upstoxStubPort())
                        .usingFilesUnderDirectory(System.getProperty("fixtures.dir", "sandbox-fixtures")))
                .build();
    }
}
