package org.sovereigntywatch.editorial;

import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.security.Role;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The users who may see a publishable item, and those who cover its jurisdiction, as SQL conditions on the
 * {@code app_user} table: the rule of {@link EditorialPolicy} and {@link Visibility} seen from the item's side, for
 * telling many users of one item in one statement. A user covers a jurisdiction when they are assigned no jurisdiction
 * (all of them), that one, or the country it is a subdivision of. {@code ReadersTest} checks these against the policy
 * for users of every role and scope.
 */
@FeatureApi
public final class Readers {

    private Readers() {
    }

    /**
     * The user {@code user} (an alias of {@code app_user}) may sign in and see an item in the state named by the
     * parameter {@code stateParam} and the jurisdiction whose code the parameter {@code scopeParam} holds.
     */
    public static String maySee(String user, String stateParam, String scopeParam) {
        return user + ".enabled = TRUE and (:" + stateParam + " = '" + PublicationState.PUBLISHED.name() + "' or ("
                + roleAtLeast(user, Role.ANALYST) + " and " + covers(user, scopeParam) + "))";
    }

    /** The user {@code user} may sign in, has {@code role} or one above it, and covers the jurisdiction. */
    public static String coveringWithRole(String user, Role role, String scopeParam) {
        return user + ".enabled = TRUE and " + roleAtLeast(user, role) + " and " + covers(user, scopeParam);
    }

    private static String roleAtLeast(String user, Role role) {
        return user + ".role in " + Arrays.stream(Role.values()).filter(held -> held.includes(role))
                .map(held -> "'" + held.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static String covers(String user, String scopeParam) {
        return "(not exists (select 1 from app_user_jurisdiction everywhere where everywhere.user_id = " + user + ".id)"
                + " or exists (select 1 from app_user_jurisdiction assigned where assigned.user_id = " + user + ".id"
                + " and (assigned.jurisdiction_code = :" + scopeParam
                + " or assigned.jurisdiction_code = (select country.code from jurisdiction sub"
                + " join jurisdiction country on country.id = sub.parent_id where sub.code = :" + scopeParam + "))))";
    }
}
