package org.sovereigntywatch.concern;

/** How far what the platform says about the concern (its claim) has been checked. */
public enum ClaimStatus {
    UNVERIFIED, DISPUTED, VERIFIED, REFUTED
}
