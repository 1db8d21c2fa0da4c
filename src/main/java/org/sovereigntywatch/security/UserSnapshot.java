package org.sovereigntywatch.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the security log says about a user's change: the values an admin can change, taken before the change (the
 * entity itself is changed in place by the save) and compared with those after it.
 */
public record UserSnapshot(String displayName, String email, Role role, boolean enabled,
                           Set<String> jurisdictionCodes) {

    public UserSnapshot {
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
    }

    public static UserSnapshot of(AppUser user) {
        return new UserSnapshot(user.getDisplayName(), user.getEmail().orElse("none"), user.getRole(), user.isEnabled(), user.getJurisdictionCodes());
    }

    /** The values in words, for a user just created: {@code role ANALYST; can sign in yes; jurisdictions IN, NP}. */
    public String inWords() {
        return "role " + role.name() + "; can sign in " + (enabled ? "yes" : "no") + "; jurisdictions "
                + codes(jurisdictionCodes);
    }

    /**
     * The differences, before → after, in words: {@code role ANALYST → REVIEWER; can sign in yes → no;
     * jurisdictions US → CA, US}; empty when nothing changed.
     */
    public String changesTo(UserSnapshot after) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", displayName, after.displayName);
        change(changes, "e-mail", email, after.email);
        change(changes, "role", role.name(), after.role.name());
        change(changes, "can sign in", enabled ? "yes" : "no", after.enabled ? "yes" : "no");
        change(changes, "jurisdictions", codes(jurisdictionCodes), codes(after.jurisdictionCodes));
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + before + " → " + after);
        }
    }

    private static String codes(Set<String> codes) {
        return codes.isEmpty() ? "all" : String.join(", ", new TreeSet<>(codes));
    }
}
