package org.sovereigntywatch.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.PlainText;

import java.util.Set;
import java.util.TreeSet;

/**
 * An online platform governments act on and users move between: TikTok, Xiaohongshu (also known as RedNote or « Petit
 * Livre Rouge »), with the company that operates it and the jurisdiction it is based in, whose law reaches it.
 */
@FeatureApi
@Entity
@Audited
public class Platform extends AuditedEntity {

    public static final int NAME_MAX = 100;
    public static final int OPERATOR_MAX = 200;

    @NotBlank(message = "{platform.name.required}")
    @PlainText
    @Size(max = NAME_MAX, message = "{platform.too-long}")
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name = "";

    /** Other names the platform goes by; a grid page loads them for all its rows in one query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_alias", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "alias", nullable = false, length = NAME_MAX)
    @BatchSize(size = 100)
    @OrderBy
    private Set<@NotBlank(message = "{platform.alias.required}") @PlainText
            @Size(max = NAME_MAX, message = "{platform.alias.too-long}") String> aliases =
            new TreeSet<>();

    @PlainText
    @Size(max = OPERATOR_MAX, message = "{platform.too-long}")
    @Column(length = OPERATOR_MAX)
    private @Nullable String operatorCompany;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jurisdiction homeJurisdiction;

    protected Platform() {
    }

    public Platform(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public Set<String> getAliases() {
        return aliases;
    }

    /** Replaces the aliases, dropping blanks and repeats and the platform's own name. */
    public void setAliases(Set<String> aliases) {
        this.aliases.clear();
        aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty() && !alias.equals(name))
                .forEach(this.aliases::add);
    }

    public @Nullable String getOperatorCompany() {
        return operatorCompany;
    }

    public void setOperatorCompany(@Nullable String operatorCompany) {
        this.operatorCompany = operatorCompany == null || operatorCompany.isBlank() ? null : operatorCompany.strip();
    }

    public @Nullable Jurisdiction getHomeJurisdiction() {
        return homeJurisdiction;
    }

    public void setHomeJurisdiction(@Nullable Jurisdiction homeJurisdiction) {
        this.homeJurisdiction = homeJurisdiction;
    }
}
