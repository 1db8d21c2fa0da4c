package org.sovereigntywatch.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.PlainText;

import java.time.Instant;

/**
 * A committed import: who brought which file in, when, and what came of its rows, written in the import's own
 * transaction and never changed after. The lines skipped as invalid are listed, so the importer can fix and import
 * them later.
 */
@Entity
public class ImportRecord {

    public static final int FILE_NAME_MAX = 255;
    static final int SKIPPED_LINES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ImportKind kind = ImportKind.EVENTS;

    @PlainText
    @Column(nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName = "";

    @PlainText
    @Column(nullable = false, updatable = false, length = AuditedEntity.USERNAME_MAX)
    private String importedBy = "";

    @Column(nullable = false, updatable = false)
    private Instant importedAt = Instant.EPOCH;

    @Column(nullable = false)
    private int rowsNew;

    @Column(nullable = false)
    private int rowsMatched;

    @Column(nullable = false)
    private int rowsUnchanged;

    @Column(nullable = false)
    private int rowsSkipped;

    @PlainText
    @Column(length = SKIPPED_LINES_MAX)
    private @Nullable String skippedLines;

    protected ImportRecord() {
    }

    /** An import starting: its items name it as they are written, its counts follow at its end. */
    ImportRecord(ImportKind kind, String fileName, String importedBy, Instant importedAt) {
        this.kind = kind;
        this.fileName = fileName.length() > FILE_NAME_MAX ? fileName.substring(0, FILE_NAME_MAX) : fileName;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** What came of the file's rows, written once the last row is. */
    void finish(ImportResult result) {
        this.rowsNew = Math.toIntExact(result.rowsNew());
        this.rowsMatched = Math.toIntExact(result.rowsMatched());
        this.rowsUnchanged = Math.toIntExact(result.rowsUnchanged());
        this.rowsSkipped = Math.toIntExact(result.rowsWithErrors());
        this.skippedLines = result.skippedLinesText(SKIPPED_LINES_MAX);
    }

    public @Nullable Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getRowsNew() {
        return rowsNew;
    }

    public int getRowsMatched() {
        return rowsMatched;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getRowsSkipped() {
        return rowsSkipped;
    }

    public @Nullable String getSkippedLines() {
        return skippedLines;
    }
}
