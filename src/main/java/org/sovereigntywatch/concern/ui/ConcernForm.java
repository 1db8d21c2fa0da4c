package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.DuplicateWarning;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.Confidence;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.TreatmentStatus;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.security.ui.UserPicker;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.source.ui.SourcePicker;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Records or edits a concern. The level badge follows likelihood and impact as they change; an empty next review
 * is filled in from the level when saved. Saving a concern titled like one already recorded for the same platform and
 * jurisdictions warns first, with a link to it.
 */
class ConcernForm extends EntityForm<Concern> {

    final TextField title = new TextField(getTranslation("common.title"));
    final PlatformPicker platform;
    final JurisdictionPicker affectedJurisdiction;
    final JurisdictionPicker accessingJurisdiction;
    final Select<ConcernCategory> category = new Select<>();
    final TextArea description = new TextArea(getTranslation("common.description"));
    final TextArea platformClaim = new TextArea(getTranslation("concern.field.platform-claim"));
    final Select<ClaimStatus> claimStatus = new Select<>();
    final Select<Integer> likelihood = rating(getTranslation("concern.field.likelihood"));
    final Select<Integer> impact = rating(getTranslation("concern.field.impact"));
    final Badge level = new Badge();
    final Select<Confidence> confidence = new Select<>();
    final Select<TreatmentStatus> treatmentStatus = new Select<>();
    final UserPicker owner;
    final DatePicker nextReview = DatePickers.create(getTranslation("concern.field.next-review"));
    final SourcePicker sources;
    final DuplicateWarning duplicates = new DuplicateWarning();
    private final ConcernService concerns;

    ConcernForm(PlatformService platforms, JurisdictionService jurisdictions, UserService users,
                SourceService sourceService, ConcernService concerns) {
        super(Concern.class);
        this.concerns = concerns;
        platform = new PlatformPicker(getTranslation("common.platform"), platforms);
        affectedJurisdiction =
                new JurisdictionPicker(getTranslation("concern.field.affected-jurisdiction"), jurisdictions);
        accessingJurisdiction =
                new JurisdictionPicker(getTranslation("concern.field.accessing-jurisdiction"), jurisdictions);
        owner = new UserPicker(getTranslation("common.owner"), users);
        owner.setHelperText(getTranslation("concern.form.owner.helper"));
        sources = new SourcePicker(getTranslation("common.sources"), sourceService);

        TextLimit.apply(title, Concern.TITLE_MAX);
        TextLimit.apply(description, Concern.DESCRIPTION_MAX);
        TextLimit.apply(platformClaim, Concern.CLAIM_MAX);
        options(category, getTranslation("concern.field.category"), ConcernCategory.values());
        options(claimStatus, getTranslation("concern.field.claim-status"), ClaimStatus.values());
        options(confidence, getTranslation("concern.field.confidence"), Confidence.values());
        options(treatmentStatus, getTranslation("concern.field.treatment"), TreatmentStatus.values());
        nextReview.setHelperText(getTranslation("concern.form.next-review.helper"));
        Div levelHolder = new Div(level);
        levelHolder.addClassName("form-level");
        likelihood.addValueChangeListener(change -> showLevel());
        impact.addValueChangeListener(change -> showLevel());

        binder.bindInstanceFields(this);
        fields.setMaxColumns(2);
        fields.add(title, platform, affectedJurisdiction, accessingJurisdiction, category, description, platformClaim,
                claimStatus, likelihood, impact, levelHolder, confidence, treatmentStatus, owner, nextReview, sources);
        fields.setColspan(title, 2);
        fields.setColspan(description, 2);
        fields.setColspan(platformClaim, 2);
        fields.setColspan(sources, 2);
        fields.add(duplicates);
        fields.setColspan(duplicates, 2);
    }

    @Override
    protected void onEdit(Concern concern) {
        duplicates.clear();
    }

    /**
     * A new concern, or one renamed or moved, titled like another about the same platform and jurisdictions stops the
     * first save.
     */
    @Override
    protected boolean isValidBeyondBinder() {
        Concern item = Objects.requireNonNull(getItem());
        Platform about = platform.getValue();
        Jurisdiction affected = affectedJurisdiction.getValue();
        Jurisdiction accessing = accessingJurisdiction.getValue();
        String name = title.getValue().strip();
        if (about == null || affected == null || accessing == null || name.isEmpty()) {
            duplicates.clear();
            return true;
        }
        List<Object> values = List.of(about.getId(), affected.getCode(), accessing.getCode(), TitleKey.of(name));
        if (!item.isNew() && values.equals(identity(item))) {
            // Editing anything but its title, platform or jurisdictions does not warn.
            duplicates.clear();
            return true;
        }
        List<RouterLink> matches = concerns.likelyDuplicates(about.getId(), affected.getCode(), accessing.getCode(),
                name, item.getId()).stream().map(ConcernForm::link).toList();
        return duplicates.allowSave(values, getTranslation("concern.form.duplicate", about.getName(),
                accessing.getCode(), affected.getCode()), matches);
    }

    /** What the duplicate check compares, as the concern was loaded. */
    private static List<Object> identity(Concern concern) {
        return List.of(Objects.requireNonNull(concern.getPlatform()).getId(),
                Objects.requireNonNull(concern.getAffectedJurisdiction()).getCode(),
                Objects.requireNonNull(concern.getAccessingJurisdiction()).getCode(), TitleKey.of(concern.getTitle()));
    }

    private static RouterLink link(Concern concern) {
        String state = Translations.label(concern.getState()).toLowerCase(Translations.locale());
        return new RouterLink(concern.getTitle() + " (" + state + ")", ConcernEditorView.class,
                new RouteParameters("id", String.valueOf(concern.getId())));
    }

    private void showLevel() {
        if (likelihood.getValue() != null && impact.getValue() != null) {
            int score = RiskLevel.score(likelihood.getValue(), impact.getValue());
            LevelBadge.update(level, RiskLevel.of(score), score);
        }
    }

    private static Select<Integer> rating(String label) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(RiskLevel.MIN_RATING, RiskLevel.MAX_RATING).boxed().toList());
        return select;
    }

    private static <E extends Enum<E>> void options(Select<E> select, String label, E[] values) {
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(Translations::label);
    }
}
