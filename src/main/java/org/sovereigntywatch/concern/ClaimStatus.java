package org.sovereigntywatch.concern;

/** How far what the platform says about the concern (its claim) has been checked. */
public enum ClaimStatus {
    UNVERIFIED, DISPUTED, VERIFIED, REFUTED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
