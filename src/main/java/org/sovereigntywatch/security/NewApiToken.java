package org.sovereigntywatch.security;

/**
 * A token just made: its row, and its secret, which is shown this once and never again (only its hash is kept).
 */
public record NewApiToken(ApiTokenRow token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + "]";
    }
}
