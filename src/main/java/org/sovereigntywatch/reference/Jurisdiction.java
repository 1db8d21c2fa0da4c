package org.sovereigntywatch.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.PlainText;

import java.util.Locale;

/**
 * A country, a union of countries or a region within a country, identified by its code (ISO 3166-1 alpha-2,
 * {@code EU}, or ISO 3166-2 such as {@code US-MT}). The code never changes once saved: users' scopes refer to it.
 */
@FeatureApi
@Entity
@Audited
public class Jurisdiction extends AuditedEntity {

    public static final int CODE_MAX = 6;
    public static final int NAME_MAX = 100;

    @NotBlank(message = "{jurisdiction.code.required}")
    @PlainText
    @Size(max = CODE_MAX, message = "{jurisdiction.too-long}")
    @Column(nullable = false, unique = true, updatable = false, length = CODE_MAX)
    private String code = "";

    @NotBlank(message = "{jurisdiction.name.required}")
    @PlainText
    @Size(max = NAME_MAX, message = "{jurisdiction.too-long}")
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @NotNull(message = "{jurisdiction.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JurisdictionLevel level = JurisdictionLevel.NATIONAL;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jurisdiction parent;

    protected Jurisdiction() {
    }

    public Jurisdiction(String code, String name, JurisdictionLevel level) {
        this.code = code;
        this.name = name;
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    /** Only for a jurisdiction not saved yet. */
    public void setCode(String code) {
        if (!isNew() && !this.code.equals(code)) {
            throw new IllegalStateException("A saved jurisdiction's code cannot change");
        }
        this.code = code.strip().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public void setLevel(@Nullable JurisdictionLevel level) {
        this.level = level;
    }

    public @Nullable Jurisdiction getParent() {
        return parent;
    }

    public void setParent(@Nullable Jurisdiction parent) {
        this.parent = parent;
    }

    /**
     * The name a reader of {@code locale} knows it by: for a country or a union of countries the JDK names, its name
     * in that language (« Allemagne » for DE in French, "Germany" in English); otherwise, for a region or a code the
     * JDK does not know, the name stored. Every page that names a jurisdiction names it this way.
     */
    public String localName(Locale locale) {
        return level == JurisdictionLevel.SUBNATIONAL ? name : CountryNames.of(code, locale).orElse(name);
    }

    /** "US — United States", « DE — Allemagne »: the code and the {@linkplain #localName local name}, for pickers. */
    public String label(Locale locale) {
        return code + " — " + localName(locale);
    }
}
