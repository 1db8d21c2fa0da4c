package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.sheet.SheetException;
import org.sovereigntywatch.base.sheet.SheetReader;
import org.sovereigntywatch.base.ui.BackgroundTask;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.importing.ColumnMapping;
import org.sovereigntywatch.importing.ImportFile;
import org.sovereigntywatch.importing.ImportKind;
import org.sovereigntywatch.importing.ImportResult;
import org.sovereigntywatch.importing.ImportService;
import org.sovereigntywatch.security.Role;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Import page. Choose what the file holds and upload it (CSV or XLSX, up to 50 MB); its columns are mapped,
 * guessed from their headers; <em>Check file</em> runs the dry run, which writes nothing and lists every problem;
 * <em>Import</em> then writes all the rows in one transaction, or, if asked, only the valid ones. Both run off the
 * UI's lock, with a progress bar and a cancel button; a cancelled import writes nothing.
 */
@Route("import")
@Menu(order = 45, title = "import.title", icon = "vaadin:upload")
@RolesAllowed({Role.Names.ANALYST, Role.Names.REVIEWER, Role.Names.ADMIN})
public class ImportView extends Div implements TitledView {

    final Select<ImportKind> kind = new Select<>();
    final Upload upload;
    final Paragraph fileLine = new Paragraph();
    final Div mappingArea = new Div();
    final Button check = new Button(getTranslation("import.check"));
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button(getTranslation("common.cancel"));
    final Div resultArea = new Div();
    final Checkbox validRowsOnly = new Checkbox(getTranslation("import.valid-rows-only"));
    /** Says how many rows it imports once a dry run has counted them; hidden until then. */
    final Button commit = new Button();
    final Button another = new Button(getTranslation("import.another"));
    final RecentImports recent;

    private final ImportService imports;
    private final SecurityContextHolderStrategy security;
    private @Nullable MappingForm mappingForm;
    private @Nullable ImportFile file;
    private @Nullable ImportResult checked;
    private @Nullable BackgroundTask running;

    ImportView(ImportService imports, SecurityContextHolderStrategy security) {
        this.imports = imports;
        this.security = security;
        addClassName("import-view");
        kind.setLabel(getTranslation("import.kind"));
        // Wide enough for « Étapes des mesures (avec leurs mesures) ».
        kind.setWidth("22rem");
        kind.setMaxWidth("100%");
        kind.setItems(imports.kinds());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(ImportKind.EVENTS);
        kind.addValueChangeListener(change -> {
            if (file != null) {
                showFile();
            }
        });

        TemporaryFileUploadHandler handler = new TemporaryFileUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return SheetReader.MAX_BYTES;
            }
        };
        upload = new Upload(handler);
        upload.setI18n(uploadTexts());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) SheetReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("import.upload.rejected",
                rejected.getErrorMessage(), SheetReader.MAX_BYTES / 1024 / 1024)));

        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> checkFile());
        cancel.addClickListener(click -> {
            if (running != null) {
                running.cancel();
                progressText.setText(getTranslation("import.progress.cancelling"));
            }
        });
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> commitFile());
        validRowsOnly.addValueChangeListener(change -> showCommit());
        another.addClickListener(click -> reset());
        progressBar.setIndeterminate(true);

        recent = new RecentImports(imports);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro",
                        SheetReader.MAX_BYTES / 1024 / 1024)),
                new HorizontalLayout(kind), upload, fileLine, mappingArea, check,
                new HorizontalLayout(progressBar, progressText, cancel), resultArea,
                new HorizontalLayout(validRowsOnly, commit, another), recent);
        reset();
    }

    /** The upload's texts, in the page's language; Vaadin's own for what is not said here. */
    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.too-many"))
                .setFileIsTooBig(getTranslation("import.upload.too-big"))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled"))
                        .setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.server-error"))
                        .setForbidden(getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import.upload.too-big"))));
        texts.setFile(new UploadI18N.File().setRetry(getTranslation("import.upload.retry"))
                .setStart(getTranslation("import.upload.start"))
                .setRemove(getTranslation("import.upload.remove")));
        texts.setUnits(List.of(getTranslation("import.upload.units").split(",")));
        return texts;
    }

    /** The upload's end, under the UI's lock: the file is only kept here; reading it waits for the user. */
    private void received(UploadMetadata metadata, File uploaded) throws IOException {
        Path kept = Files.createTempFile("import-", ".upload");
        Files.move(uploaded.toPath(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        discardFile();
        file = new ImportFile(kind.getValue(), kept, metadata.fileName());
        upload.clearFileList();
        showFile();
    }

    /** Reads the file's header and shows the mapping guessed from it. */
    private void showFile() {
        ImportFile current = Objects.requireNonNull(file);
        file = new ImportFile(kind.getValue(), current.path(), current.name());
        resultArea.removeAll();
        checked = null;
        mappingArea.removeAll();
        try (SheetReader sheet = SheetReader.open(current.path(), current.name())) {
            fileLine.setText(getTranslation("import.file", current.name(), sheet.format(), sheet.header().size()));
            ImportKind chosen = kind.getValue();
            mappingForm = new MappingForm(imports.fields(chosen), imports.notImported(chosen),
                    imports.guess(chosen, sheet.header()), mapping -> showStep());
            mappingArea.add(mappingForm);
        } catch (SheetException unreadable) {
            fileLine.setText(getTranslation("import.file.unreadable", current.name(), unreadable.text()));
            fileLine.addClassName("import-faults");
            mappingForm = null;
        }
        showStep();
    }

    private void checkFile() {
        ImportFile current = Objects.requireNonNull(file);
        ColumnMapping mapping = Objects.requireNonNull(mappingForm).mapping();
        resultArea.removeAll();
        run(Step.CHECKING, 0, progress -> imports.check(current, mapping, progress), result -> {
            checked = result;
            resultArea.add(new ResultPanel(result, false));
        });
    }

    private void commitFile() {
        ImportFile current = Objects.requireNonNull(file);
        ColumnMapping mapping = Objects.requireNonNull(mappingForm).mapping();
        boolean skipErrors = validRowsOnly.getValue();
        resultArea.removeAll();
        long expected = checked == null ? 0 : checked.rows();
        run(Step.IMPORTING, expected, progress -> imports.commit(current, mapping, skipErrors, progress), result -> {
            resultArea.add(new ResultPanel(result, true));
            if (result.written()) {
                Notifications.success(getTranslation("import.done", result.rowsNew()));
                discardFile();
                checked = null;
                recent.refresh();
            } else {
                checked = null;
            }
        });
    }

    /** What runs in the background, and the start of the keys of its progress texts. */
    private enum Step {
        CHECKING("import.progress.checking"),
        IMPORTING("import.progress.importing");

        final String key;

        Step(String key) {
            this.key = key;
        }
    }

    /**
     * Runs a dry run or a commit in the background; {@code expected} rows (the dry run's count, for a commit) make the
     * progress bar say how far it is, else it only counts.
     */
    private void run(Step step, long expected, Function<TaskProgress, ImportResult> work,
                     Consumer<ImportResult> done) {
        UI ui = UI.getCurrent();
        progressText.setText(getTranslation(step.key));
        progressBar.setIndeterminate(expected <= 0);
        progressBar.setValue(0);
        running = BackgroundTask.start(ui, security, "import", work,
                rows -> {
                    if (expected > 0) {
                        progressBar.setValue(Math.min(1, (double) rows / expected));
                        progressText.setText(getTranslation(step.key + ".of", rows, expected));
                    } else {
                        progressText.setText(getTranslation(step.key + ".rows", rows));
                    }
                },
                result -> {
                    running = null;
                    done.accept(result);
                    showStep();
                },
                failure -> {
                    running = null;
                    // The session's error handler says what went wrong in plain words and logs the rest.
                    ui.getSession().getErrorHandler().error(new ErrorEvent(failure));
                    showStep();
                });
        showStep();
    }

    /** Shows what can be done now: the step the page is at. */
    private void showStep() {
        boolean busy = running != null;
        progressBar.setVisible(busy);
        progressText.setVisible(busy);
        cancel.setVisible(busy);
        kind.setEnabled(!busy);
        upload.setVisible(!busy && file == null);
        mappingArea.setVisible(file != null && !busy);
        check.setVisible(file != null && mappingForm != null && !busy);
        check.setEnabled(mappingForm != null && mappingForm.isUsable());
        another.setVisible(!busy && (file != null || resultArea.getComponentCount() > 0));
        showCommit();
    }

    private void showCommit() {
        ImportResult result = checked;
        boolean ready = running == null && result != null && result.stopped() == null && result.rowsNew() > 0;
        boolean errors = result != null && !result.problems().isEmpty();
        validRowsOnly.setVisible(ready && errors);
        commit.setVisible(ready);
        if (result != null) {
            long rows = result.rowsNew();
            commit.setText(getTranslation(errors ? "import.commit.valid-rows" : "import.commit.rows", rows));
            commit.setEnabled(!errors || validRowsOnly.getValue());
        }
    }

    private void reset() {
        discardFile();
        checked = null;
        mappingForm = null;
        mappingArea.removeAll();
        resultArea.removeAll();
        fileLine.setText("");
        fileLine.removeClassName("import-faults");
        validRowsOnly.setValue(false);
        showStep();
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException leftBehind) {
                // A temporary file; the system's clean-up takes it.
            }
            file = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        recent.refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (running != null) {
            running.cancel();
        }
        discardFile();
    }

    @Override
    public String titleKey() {
        return "import.title";
    }
}
