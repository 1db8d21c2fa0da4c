package org.sovereigntywatch.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.PlausibleDate;

import java.time.LocalDate;

/**
 * A citation: who published what, where it can be read, when, in which language, and the passage that matters. A
 * source is a web address or a citation: the title is always there, the publisher and the address when known, so a
 * printed report or an executive order without a page of its own is kept too ({@link SourceCell}).
 */
@FeatureApi
@Entity
@Audited
public class Source extends AuditedEntity {

    public static final int PUBLISHER_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int LANGUAGE_MAX = 8;
    public static final int QUOTE_MAX = 2000;
    /** How much of the address, in lower case, the database keeps in an indexed column (V15). */
    static final int ADDRESS_PREFIX_MAX = 255;
    /** The key of the text refusing a publication date after today, for the entity and the date picker alike. */
    public static final String NOT_IN_THE_FUTURE = "source.published-on.future";

    @PlainText
    @Size(max = PUBLISHER_MAX, message = "{source.too-long}")
    @Column(length = PUBLISHER_MAX)
    private @Nullable String publisher;

    @NotBlank(message = "{source.title.required}")
    @PlainText
    @Size(max = TITLE_MAX, message = "{source.too-long}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @PlainText
    @Size(max = URL_MAX, message = "{source.too-long}")
    @WebUrl
    @Column(length = URL_MAX)
    private @Nullable String url;

    /**
     * For a source without a web address, its {@linkplain CitationKey citation key}, kept in step with the publisher
     * and the title here and stored, so that finding the same citation is one indexed look-up; none with an address.
     */
    @PlainText
    @NotAudited
    @Column(length = CitationKey.MAX)
    private @Nullable String citationKey;

    /**
     * The start of the web address in lower case, computed by the database whoever writes the row and indexed (V15),
     * so that finding a source by its address is one indexed look-up; read only.
     */
    @PlainText
    @NotAudited
    @Column(insertable = false, updatable = false, length = ADDRESS_PREFIX_MAX)
    private @Nullable String addressPrefix;

    @PlausibleDate
    @PastOrPresent(message = "{" + NOT_IN_THE_FUTURE + "}")
    private @Nullable LocalDate publishedOn;

    /** An IETF language tag such as {@code fr} or {@code zh-CN}. */
    @PlainText
    @Pattern(regexp = "([a-z]{2,3}(-[A-Za-z0-9]{2,4})?)?", message = "{source.language.invalid}")
    @Column(length = LANGUAGE_MAX)
    private @Nullable String language;

    @MultiLineText
    @Size(max = QUOTE_MAX, message = "{source.too-long}")
    @Column(length = QUOTE_MAX)
    private @Nullable String quote;

    protected Source() {
    }

    /** A source at a web address; without one ({@code null} or blank), a citation. */
    public Source(@Nullable String publisher, String title, @Nullable String url) {
        this.publisher = blankAsNull(publisher);
        this.title = title;
        setUrl(url);
    }

    /** A source without a web address, cited by its publisher (if known) and title. */
    public Source(@Nullable String publisher, String title) {
        this(publisher, title, null);
    }

    public @Nullable String getPublisher() {
        return publisher;
    }

    /** A blank publisher (spaces or invisible characters only) is none. */
    public void setPublisher(@Nullable String publisher) {
        this.publisher = blankAsNull(publisher);
        rekey();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        rekey();
    }

    /** The web address, or {@code null} for a source cited without one. */
    public @Nullable String getUrl() {
        return url;
    }

    /**
     * Stored {@linkplain WebAddress#normalize normalized}: {@code "}, {@code <}, {@code >} percent-encoded; a blank
     * address is none.
     */
    public void setUrl(@Nullable String url) {
        this.url = url == null || WebAddress.normalize(url).isEmpty() ? null : WebAddress.normalize(url);
        rekey();
    }

    /** How the source is named in lists and links: "publisher — title", or the title alone without a publisher. */
    public String label() {
        return SourceCell.citationText(publisher, title);
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(@Nullable LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null || language.isBlank() ? null : language.strip();
    }

    public @Nullable String getQuote() {
        return quote;
    }

    public void setQuote(@Nullable String quote) {
        this.quote = quote == null || quote.isBlank() ? null : quote;
    }

    private void rekey() {
        citationKey = url == null ? CitationKey.of(publisher, title) : null;
    }

    /** What the {@code address_prefix} column holds for an address, and what a look-up asks its index for. */
    static String addressPrefix(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.length() <= ADDRESS_PREFIX_MAX ? lower : lower.substring(0, ADDRESS_PREFIX_MAX);
    }

    private static @Nullable String blankAsNull(@Nullable String text) {
        return text == null || CellText.line(text).isEmpty() ? null : text;
    }
}
