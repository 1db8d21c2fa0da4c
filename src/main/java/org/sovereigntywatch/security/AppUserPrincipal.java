package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signed-in user as Spring Security holds it for the session: a snapshot of the {@link AppUser} with the role's
 * authorities (the hierarchy already applied) and the jurisdictions covered: those assigned, and their subdivisions (an
 * analyst covering US covers US-MT). {@link SessionGuard} replaces it at the next request whenever the user's row
 * changes, so every decision reads what the database says. While a {@link SignInStep} is pending it holds no authority
 * at all.
 */
@FeatureApi
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final long userVersion;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Set<String> jurisdictionCodes;
    private final Set<String> coveredCodes;
    private final boolean enabled;
    private final Set<SignInStep> pendingSteps;
    private @Nullable String passwordHash;

    /**
     * @param subdivisionCodes the subdivisions of the user's jurisdictions, which they cover too
     * @param pendingSteps     what the user must still do before the session may do anything else
     */
    AppUserPrincipal(AppUser user, Set<String> subdivisionCodes, Set<SignInStep> pendingSteps) {
        this.userId = user.getId() == null ? 0 : user.getId();
        this.userVersion = user.getVersion();
        this.pendingSteps = Set.copyOf(pendingSteps);
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.jurisdictionCodes = Set.copyOf(user.getJurisdictionCodes());
        this.coveredCodes = jurisdictionCodes.isEmpty() ? Set.of()
                : Stream.concat(jurisdictionCodes.stream(), subdivisionCodes.stream()).collect(Collectors.toUnmodifiableSet());
        this.enabled = user.isEnabled();
        this.passwordHash = user.getPasswordHash();
    }

    public long getUserId() {
        return userId;
    }

    /** The version of the user's row this snapshot was taken from. */
    long getUserVersion() {
        return userVersion;
    }

    /** What the user must still do in this session before anything else; empty once fully signed in. */
    public Set<SignInStep> getPendingSteps() {
        return pendingSteps;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The jurisdictions assigned to this user, by code, as an admin chose them; empty means all. */
    public Set<String> getJurisdictionCodes() {
        return jurisdictionCodes;
    }

    /** The jurisdictions this user covers, by code: those assigned and their subdivisions; empty means all. */
    public Set<String> getCoveredCodes() {
        return coveredCodes;
    }

    /** Whether this user may work on items of the jurisdiction with this code. */
    public boolean covers(String jurisdictionCode) {
        return coveredCodes.isEmpty() || coveredCodes.contains(jurisdictionCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return pendingSteps.isEmpty() ? role.authorities() : Set.of();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AppUserPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + ", " + (jurisdictionCodes.isEmpty() ? "all jurisdictions" : List.copyOf(jurisdictionCodes)) + ")";
    }
}
