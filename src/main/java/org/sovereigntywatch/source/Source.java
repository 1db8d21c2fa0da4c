package org.sovereigntywatch.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.PlausibleDate;

import java.time.LocalDate;

/** A citation: who published what, where it can be read, when, in which language, and the passage that matters. */
@FeatureApi
@Entity
public class Source extends AuditedEntity {

    public static final int PUBLISHER_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int LANGUAGE_MAX = 8;
    public static final int QUOTE_MAX = 2000;
    public static final String NOT_IN_THE_FUTURE = "A source cannot be published in the future";

    @NotBlank(message = "Enter the publisher")
    @PlainText
    @Size(max = PUBLISHER_MAX, message = "At most " + PUBLISHER_MAX + " characters")
    @Column(nullable = false, length = PUBLISHER_MAX)
    private String publisher = "";

    @NotBlank(message = "Enter the title")
    @PlainText
    @Size(max = TITLE_MAX, message = "At most " + TITLE_MAX + " characters")
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @NotBlank(message = "Enter the web address")
    @PlainText
    @Size(max = URL_MAX, message = "At most " + URL_MAX + " characters")
    @WebUrl
    @Column(nullable = false, length = URL_MAX)
    private String url = "";

    @PlausibleDate
    @PastOrPresent(message = NOT_IN_THE_FUTURE)
    private @Nullable LocalDate publishedOn;

    /** An IETF language tag such as {@code fr} or {@code zh-CN}. */
    @PlainText
    @Pattern(regexp = "([a-z]{2,3}(-[A-Za-z0-9]{2,4})?)?", message = "Use a language code such as fr, en or zh-CN")
    @Column(length = LANGUAGE_MAX)
    private @Nullable String language;

    @MultiLineText
    @Size(max = QUOTE_MAX, message = "At most " + QUOTE_MAX + " characters")
    @Column(length = QUOTE_MAX)
    private @Nullable String quote;

    protected Source() {
    }

    public Source(String publisher, String title, String url) {
        this.publisher = publisher;
        this.title = title;
        this.url = WebAddress.normalize(url);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    /** Stored {@linkplain WebAddress#normalize normalized}: {@code "}, {@code <}, {@code >} percent-encoded. */
    public void setUrl(String url) {
        this.url = WebAddress.normalize(url);
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
}
