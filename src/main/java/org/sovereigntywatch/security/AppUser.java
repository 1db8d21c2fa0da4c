package org.sovereigntywatch.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.PlainText;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who signs in. The password is only ever stored as a {@code DelegatingPasswordEncoder} hash
 * ({@code {pbkdf2@SpringSecurity_v5_8}...}). The jurisdictions are those the user covers, by code; an empty set means all of them.
 */
@FeatureApi
@Entity
@Table(name = "app_user")
@Audited
public class AppUser extends AuditedEntity {

    public static final int DISPLAY_NAME_MAX = 100;
    static final int LOCALE_MAX = 20;
    /** The longest address SMTP carries (RFC 5321). */
    public static final int EMAIL_MAX = 254;

    @NotBlank(message = "{user.username.required}")
    @PlainText
    @Size(min = 3, max = USERNAME_MAX, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = USERNAME_MAX)
    private String username = "";

    @NotBlank(message = "{user.display-name.required}")
    @PlainText
    @Size(max = DISPLAY_NAME_MAX, message = "{user.display-name.size}")
    @Column(nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName = "";

    @PlainText
    @NotAudited
    @Column(nullable = false, length = 200)
    private String passwordHash = "";

    @NotNull(message = "{user.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role = Role.VIEWER;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set when someone else chose the password (bootstrap, an admin's reset): the user must choose their own. */
    @Column(nullable = false)
    private boolean passwordChangeRequired;

    /** Where the user's notifications are mailed, if they chose to have any mailed; {@code null} for none. */
    @Email(message = "{user.email.invalid}")
    @PlainText
    @Size(max = EMAIL_MAX, message = "{user.email.size}")
    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    /** The locale the user chose to read the app in, as a language tag; {@code null} follows the browser. */
    @PlainText
    @Column(length = LOCALE_MAX)
    private @Nullable String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_jurisdiction", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "jurisdiction_code", nullable = false, length = 6)
    @OrderBy
    private Set<@PlainText String> jurisdictionCodes = new TreeSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    /** Only for a user not saved yet: a username never changes, as audit columns refer to it. */
    public void setUsername(String username) {
        if (!isNew()) {
            throw new IllegalStateException("A saved user's username cannot change");
        }
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    /** Keeps the address trimmed; a blank one means none. */
    public void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /** The locale the user chose; empty when they follow the browser. */
    public Optional<Locale> getLocale() {
        return Optional.ofNullable(locale).map(Locale::forLanguageTag);
    }

    void setLocale(@Nullable Locale locale) {
        this.locale = locale == null ? null : locale.toLanguageTag();
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The codes of the jurisdictions this user covers; empty means all. */
    public Set<String> getJurisdictionCodes() {
        return jurisdictionCodes;
    }

    public void setJurisdictionCodes(Set<String> jurisdictionCodes) {
        this.jurisdictionCodes = new TreeSet<>(jurisdictionCodes);
    }
}
