package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;

/**
 * A request of the API authenticated by a personal access token: its owner as the database has them at this request,
 * with their role and jurisdictions, and which token it was, for the security log.
 */
@FeatureApi
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUserPrincipal owner;
    private final long tokenId;
    private final String tokenName;

    ApiTokenAuthentication(AppUserPrincipal owner, long tokenId, String tokenName) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        setAuthenticated(true);
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return owner;
    }

    /** Never the token's secret: it is not kept once the request is authenticated. */
    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    public long getTokenId() {
        return tokenId;
    }

    /** The name its owner gave the token: "newsroom map". */
    public String getTokenName() {
        return tokenName;
    }
}
