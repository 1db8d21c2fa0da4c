package org.sovereigntywatch.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://totp/…} address an authenticator app reads from a QR code (the "Key URI format" that Google
 * Authenticator defined and the others follow). It names the issuer twice, in the label and as a parameter, since
 * older apps read only the one and newer ones the other; the algorithm, digits and period are spelled out even though
 * they are the defaults.
 */
public final class OtpAuthUri {

    public static final String ISSUER = "Sovereignty Watch";

    private OtpAuthUri() {
    }

    /** The address for this account's secret (base 32), with {@link Totp#APP}'s settings. */
    public static String of(String username, String base32Secret) {
        Totp totp = Totp.APP;
        return "otpauth://totp/" + encode(ISSUER) + ":" + encode(username)
                + "?secret=" + base32Secret
                + "&issuer=" + encode(ISSUER)
                + "&algorithm=" + totp.algorithm().name()
                + "&digits=" + totp.digits()
                + "&period=" + totp.step().toSeconds();
    }

    /** Percent-encoding with {@code %20} for a space: some apps show a {@code +} literally. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
