package org.sovereigntywatch.security;

/**
 * A code that was accepted.
 *
 * @param recoveryCode      whether it was a recovery code (then it is used up) rather than one from the app
 * @param recoveryCodesLeft the unused recovery codes left
 */
public record CodeAccepted(boolean recoveryCode, long recoveryCodesLeft) {
}
