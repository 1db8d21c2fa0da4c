package org.sovereigntywatch.importing;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.hibernate.Session;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.sheet.SheetException;
import org.sovereigntywatch.base.sheet.SheetReader;
import org.sovereigntywatch.base.sheet.SheetRow;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a file of one {@link ImportKind}: a dry run that checks every row and writes nothing, then a commit that
 * writes every row in one transaction, or none. A commit reads the file again and checks each row again before
 * writing it, since the record may have changed since the dry run; if any row is in error it writes nothing, unless
 * it was asked for the valid rows only, and it lists the lines it skipped.
 */
@Service
public class ImportService {

    /** Problems kept for the screen and its CSV; more are counted. Room for one in every row of a large file. */
    static final int MAX_PROBLEMS = 100_000;
    /**
     * Rows read, checked and written together: what they refer to is looked up in a few queries per chunk, and what
     * they bring is inserted in batches, instead of a round trip per row. Five thousand rather than one thousand cut
     * the commit of 100,000 events from 11.1 to 10.1 s (fewer look-ups to plan, fewer flushes); ten thousand bought
     * nothing more, and a chunk is what the heap holds at once (about 50 MB live at five thousand).
     */
    static final int CHUNK = 5000;
    /**
     * Inserts sent to the database together in a commit, instead of the application's usual 50. A power of two: the
     * PostgreSQL driver rewrites a batch into statements of 256, 128, 64… rows, so 1,024 makes four of one shape.
     */
    private static final int WRITE_BATCH = 1024;

    private final Map<ImportKind, KindImporter> importers = new EnumMap<>(ImportKind.class);
    private final ImportRecordRepository records;
    private final ImportedItemRepository items;
    private final JurisdictionService jurisdictions;
    private final PlatformService platforms;
    private final UserService users;
    private final SourceService sources;
    private final CurrentUser currentUser;
    private final NewItemValidator validator;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final EntityManager entityManager;

    ImportService(List<KindImporter> importers, ImportRecordRepository records, ImportedItemRepository items,
                  JurisdictionService jurisdictions, PlatformService platforms, UserService users,
                  SourceService sources, CurrentUser currentUser, NewItemValidator validator,
                  PlatformTransactionManager transactions, Clock clock, EntityManager entityManager) {
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
        this.records = records;
        this.items = items;
        this.jurisdictions = jurisdictions;
        this.platforms = platforms;
        this.users = users;
        this.sources = sources;
        this.currentUser = currentUser;
        this.validator = validator;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The kinds the signed-in user may import: platforms and jurisdictions are for admins. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ImportKind> kinds() {
        boolean admin = currentUser.require().getRole().includes(Role.ADMIN);
        return List.of(ImportKind.values()).stream().filter(kind -> admin || !kind.adminOnly()).toList();
    }

    /** The fields a file of this kind can fill, named as our export's columns. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ImportField> fields(ImportKind kind) {
        return importer(kind).fields();
    }

    /** The export's columns this kind recognises but does not import (ids, audit columns, worked-out values). */
    @PreAuthorize("hasRole('ANALYST')")
    public Set<String> notImported(ImportKind kind) {
        return importer(kind).notImported();
    }

    /** The mapping guessed from a file's header: our own export's columns map themselves. */
    @PreAuthorize("hasRole('ANALYST')")
    public ColumnMapping guess(ImportKind kind, List<String> header) {
        return ColumnMapping.guess(header, importer(kind).fields());
    }

    /** The dry run: every row checked and matched as the commit would, nothing written. */
    @PreAuthorize("hasRole('ANALYST')")
    public ImportResult check(ImportFile file, ColumnMapping mapping, TaskProgress progress) {
        KindImporter importer = importer(file.kind());
        requireUsable(mapping, importer);
        return reading.execute(status -> pass(file, mapping, importer, null, progress));
    }

    /**
     * The commit: the rows written in one transaction, or none. With {@code validRowsOnly} the rows in error are
     * skipped and listed; without it any error, a cancellation or a refusal by a service writes nothing.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public ImportResult commit(ImportFile file, ColumnMapping mapping, boolean validRowsOnly,
                               TaskProgress progress) {
        KindImporter importer = importer(file.kind());
        requireUsable(mapping, importer);
        Commit commit = new Commit(validRowsOnly);
        try {
            ImportResult result = writing.execute(status -> {
                ImportResult passed = pass(file, mapping, importer, commit, progress);
                if (!passed.written()) {
                    status.setRollbackOnly();
                }
                return passed;
            });
            return Objects.requireNonNull(result);
        } catch (AccessDeniedException | WorkflowException | FieldErrorException refusal) {
            return refusedAt(file, commit, refusal instanceof UserMessage explained ? explained.text()
                    : new Text("import.refused.denied"));
        } catch (ConstraintViolationException invalid) {
            return refusedAt(file, commit, new Violations(invalid.getConstraintViolations().stream()
                    .map(ValidationText::of).toList()));
        } catch (DataIntegrityViolationException clash) {
            return refusedAt(file, commit, new Text("import.refused.clash"));
        }
    }

    /** What a service refused, in the reader's language: its messages in order, joined with semicolons. */
    private record Violations(List<ValidationText> messages) implements Localized {

        @Override
        public String format(Locale locale) {
            return messages.stream().map(message -> message.format(locale).replaceFirst("\\.$", "")).sorted()
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * A service refused what the checks let through, the record having changed since (a measure published, a name
     * taken): the transaction is rolled back, so nothing is written. Rows are written a chunk at a time, so the line
     * said is the last of the chunk being written.
     */
    private static ImportResult refusedAt(ImportFile file, Commit commit, Object why) {
        return ImportResult.refused(file.kind(), new Text("import.stopped.refused", commit.line, why));
    }

    /** The import that brought an item in, if one did. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Optional<ImportRecord> bringing(String itemKind, long itemId) {
        return records.findBringing(itemKind, itemId);
    }

    /** The latest imports, newest first. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<ImportRecord> latest(int limit) {
        return records.findLatest(PageRequest.of(0, limit));
    }

    /** What a commit keeps between its chunks: whether it skips rows in error, the line it is at, its record. */
    private static final class Commit {
        final boolean validRowsOnly;
        long line;
        @Nullable ImportRecord record;

        Commit(boolean validRowsOnly) {
            this.validRowsOnly = validRowsOnly;
        }
    }

    private ImportResult pass(ImportFile file, ColumnMapping mapping, KindImporter importer, @Nullable Commit commit,
                              TaskProgress progress) {
        ImportPass pass = new ImportPass(commit != null, new References(jurisdictions, platforms, users),
                new SourceCells(sources, validator));
        Tally tally = new Tally(file.kind());
        try (SheetReader sheet = SheetReader.open(file.path(), file.name())) {
            if (!sheet.header().equals(mapping.header())) {
                return ImportResult.refused(file.kind(), new Text("import.stopped.other-columns"));
            }
            if (commit != null) {
                // A chunk's inserts go in a few statements: ids come from sequences, the driver joins a batch's rows.
                entityManager.unwrap(Session.class).setJdbcBatchSize(WRITE_BATCH);
                commit.record = records.save(new ImportRecord(file.kind(), file.name(),
                        currentUser.require().getUsername(), clock.instant()));
            }
            Map<String, Integer> columns = mapping.index();
            List<ImportRow> chunk = new ArrayList<>(CHUNK);
            for (SheetRow sheetRow = sheet.next(); ; sheetRow = sheet.next()) {
                if (sheetRow != null) {
                    chunk.add(new ImportRow(sheetRow, mapping, columns));
                }
                if (chunk.size() == CHUNK || sheetRow == null && !chunk.isEmpty()) {
                    Text stopped = readChunk(chunk, importer, pass, commit, tally, progress);
                    if (stopped != null) {
                        return tally.stopped(stopped);
                    }
                    chunk.clear();
                    progress.advanced(tally.rows);
                }
                if (sheetRow == null) {
                    break;
                }
            }
            ImportResult result = tally.result();
            if (commit != null && commit.record != null) {
                ImportRecord record = entityManager.merge(commit.record);
                record.finish(result);
                return result.written(record.getId());
            }
            return result;
        } catch (SheetException unreadable) {
            return ImportResult.refused(file.kind(), unreadable.text());
        }
    }

    /**
     * Reads a chunk of rows: what they refer to is looked up first, in a few queries, then each row is checked; a
     * commit then writes what they bring together and forgets what it has written, so memory holds one chunk.
     *
     * @return why the pass stops here, or {@code null} to go on
     */
    private @Nullable Text readChunk(List<ImportRow> chunk, KindImporter importer, ImportPass pass,
                                       @Nullable Commit commit, Tally tally, TaskProgress progress) {
        importer.prefetch(chunk, pass);
        for (ImportRow row : chunk) {
            if (progress.cancelled()) {
                return new Text("import.stopped.cancelled");
            }
            if (commit != null) {
                commit.line = row.line();
            }
            RowOutcome outcome = row.hasProblems() ? RowOutcome.ERROR : importer.read(row, pass);
            tally.add(row, row.hasProblems() ? RowOutcome.ERROR : outcome);
            if (commit != null && row.hasProblems() && !commit.validRowsOnly) {
                return new Text("import.stopped.errors", row.line());
            }
        }
        if (commit != null) {
            pass.writePending(importer);
            long importId = Objects.requireNonNull(Objects.requireNonNull(commit.record).getId());
            items.saveAll(pass.takeBrought().stream().distinct()
                    .map(item -> new ImportedItem(item.kind(), item.id(), importId)).toList());
            entityManager.flush();
        }
        // What the chunk loaded or wrote is needed again only through the pass's own references.
        entityManager.clear();
        return null;
    }

    private KindImporter importer(ImportKind kind) {
        if (kind.adminOnly() && !currentUser.require().getRole().includes(Role.ADMIN)) {
            throw new RefusedException("import.refused.admin-only", kind);
        }
        return Objects.requireNonNull(importers.get(kind), kind::name);
    }

    private static void requireUsable(ColumnMapping mapping, KindImporter importer) {
        List<Text> faults = mapping.faults(importer.fields());
        if (!faults.isEmpty()) {
            // The page lets no such mapping through: a programming error.
            throw new IllegalArgumentException("Mapping not usable: " + faults);
        }
    }

    /** The rows counted by outcome, with their problems and notices. */
    private static final class Tally {
        private final ImportKind kind;
        private final long[] counts = new long[RowOutcome.values().length];
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<ImportProblem> notices = new ArrayList<>();
        private final List<Long> errorLines = new ArrayList<>();
        private long rows;
        private long problemsLeftOut;

        Tally(ImportKind kind) {
            this.kind = kind;
        }

        void add(ImportRow row, RowOutcome outcome) {
            rows++;
            counts[outcome.ordinal()]++;
            if (outcome == RowOutcome.ERROR) {
                errorLines.add(row.line());
            }
            for (ImportProblem problem : row.problems()) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    problemsLeftOut++;
                }
            }
            row.notices().stream().limit(Math.max(0, MAX_PROBLEMS - notices.size()))
                    .forEach(notice -> notices.add(new ImportProblem(row.line(), "", "", notice)));
        }

        ImportResult result() {
            List<ImportProblem> all = new ArrayList<>(problems);
            if (problemsLeftOut > 0) {
                all.add(new ImportProblem(all.getLast().line(), "", "", new Text("import.result.left-out",
                        problemsLeftOut)));
            }
            return new ImportResult(kind, rows, counts[RowOutcome.NEW.ordinal()],
                    counts[RowOutcome.MATCHED.ordinal()], counts[RowOutcome.UNCHANGED.ordinal()],
                    counts[RowOutcome.ERROR.ordinal()], all, notices, errorLines, false, null,
                    null);
        }

        ImportResult stopped(Text why) {
            ImportResult sofar = result();
            return new ImportResult(kind, sofar.rows(), sofar.rowsNew(), sofar.rowsMatched(), sofar.rowsUnchanged(),
                    sofar.rowsWithErrors(), sofar.problems(), sofar.notices(), List.of(), false, null, why);
        }
    }
}
