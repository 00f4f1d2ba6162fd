package dev.upstoxmcp.auth;

/** The token store on an in-memory H2 database, the engine of the embedded default. */
class JdbcAuthStoreTest implements AuthStoreContract {

    static final StoreConnections H2 = new StoreConnections("jdbc:h2:mem:auth-store-test;DB_CLOSE_DELAY=-1", null,
            null);
    static final TokenCipher CIPHER = TokenCipher.random();

    @Override
    public StoreConnections connections() {
        return H2;
    }

    @Override
    public TokenCipher cipher() {
        return CIPHER;
    }
}
