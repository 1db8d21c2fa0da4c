package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where the signed-in user stands with two-step sign-in.
 *
 * @param onSince            when the current authenticator was confirmed; null while two-step sign-in is off
 * @param recoveryCodesLeft  unused recovery codes
 * @param requiredByRole     whether the user's role requires two-step sign-in (then it cannot be turned off)
 */
public record MfaState(@Nullable Instant onSince, int recoveryCodesLeft, boolean requiredByRole) {

    public boolean isOn() {
        return onSince != null;
    }
}
