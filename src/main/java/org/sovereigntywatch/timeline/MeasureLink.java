package org.sovereigntywatch.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** "{@code from} {@link LinkType#forward() supersedes/amends/repeals/challenges} {@code to}". */
@Entity
@Audited
public class MeasureLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable PolicyMeasure fromMeasure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable PolicyMeasure toMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    private LinkType type = LinkType.AMENDS;

    protected MeasureLink() {
    }

    MeasureLink(PolicyMeasure from, LinkType type, PolicyMeasure to) {
        this.fromMeasure = from;
        this.type = type;
        this.toMeasure = to;
    }

    public @Nullable Long getId() {
        return id;
    }

    public PolicyMeasure getFromMeasure() {
        return fromMeasure;
    }

    public PolicyMeasure getToMeasure() {
        return toMeasure;
    }

    public LinkType getType() {
        return type;
    }
}
