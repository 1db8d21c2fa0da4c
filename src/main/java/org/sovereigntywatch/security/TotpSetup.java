package org.sovereigntywatch.security;

/**
 * A new authenticator to add to an app: shown once, while the user sets it up.
 *
 * @param secret     the secret in base 32, for typing into the app by hand
 * @param otpAuthUri the same as an {@code otpauth://} address, for the QR code
 */
public record TotpSetup(String secret, String otpAuthUri) {

    /** The secret in groups of four, easier to copy by hand; apps ignore the spaces. */
    public String secretForReading() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TotpSetup[secret hidden]";
    }
}
