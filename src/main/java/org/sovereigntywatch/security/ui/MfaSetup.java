package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.security.CodeRefusedException;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.MfaState;
import org.sovereigntywatch.security.MfaTexts;
import org.sovereigntywatch.security.OtpAuthUri;
import org.sovereigntywatch.security.TotpSetup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The signed-in user's two-step sign-in, for the account page and the forced set-up page: whether it is on, and
 * setting up an authenticator (QR code and key, then a code to confirm), new recovery codes, a new authenticator, or
 * turning it off. Recovery codes are shown once, right after they are made.
 */
public class MfaSetup extends Div {

    final H2 title = new H2(MfaTexts.TITLE);
    final Paragraph status = new Paragraph();
    final Button setUp = new Button(MfaTexts.SET_UP);
    final Button setUpNew = new Button(MfaTexts.SET_UP_NEW);
    final Button newRecoveryCodes = new Button(MfaTexts.NEW_RECOVERY_CODES);
    final Button turnOff = new Button(MfaTexts.TURN_OFF);
    final Div actions = new Div(setUp, setUpNew, newRecoveryCodes, turnOff);

    final Div enrolment = new Div();
    final Span secret = new Span();
    final CodeField code = new CodeField();
    final Button confirm = new Button(MfaTexts.CONFIRM);
    final Button cancel = new Button(MfaTexts.CANCEL);

    final Div recoveryCodes = new Div();
    final OrderedList recoveryCodeList = new OrderedList();
    final Div recoveryCodesDownload = new Div();
    final Button recoveryCodesSaved = new Button(MfaTexts.RECOVERY_CODES_SAVED);

    private final MfaService mfa;

    public MfaSetup(MfaService mfa) {
        this.mfa = mfa;
        addClassName("mfa-setup");
        actions.addClassName("mfa-actions");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> start());
        setUpNew.addClickListener(click -> new CurrentCodeDialog(MfaTexts.CURRENT_CODE_TITLE, "",
                MfaTexts.CONTINUE, current -> showEnrolment(mfa.startReplacement(current))).open());
        newRecoveryCodes.addClickListener(click -> new CurrentCodeDialog(MfaTexts.CURRENT_CODE_TITLE,
                MfaTexts.NEW_RECOVERY_CODES_NOTE, MfaTexts.NEW_RECOVERY_CODES_CONFIRM,
                current -> showRecoveryCodes(mfa.regenerateRecoveryCodes(current))).open());
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(click -> new CurrentCodeDialog(MfaTexts.CURRENT_CODE_TITLE, "",
                MfaTexts.TURN_OFF_CONFIRM, current -> {
                    mfa.turnOff(current);
                    Notifications.success(MfaTexts.TURNED_OFF);
                    refresh();
                }).open());

        enrolment.addClassName("mfa-enrolment");
        secret.addClassName("mfa-secret");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        confirm.addClickShortcut(Key.ENTER).listenOn(code);
        cancel.addClickListener(click -> {
            enrolment.setVisible(false);
            refresh();
        });

        recoveryCodes.addClassName("mfa-recovery-codes");
        recoveryCodesSaved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recoveryCodesSaved.addClickListener(click -> {
            recoveryCodes.setVisible(false);
            recoveryCodeList.removeAll();
            recoveryCodesDownload.removeAll();
            refresh();
            fireEvent(new RecoveryCodesSavedEvent(this));
        });
        recoveryCodes.add(new H2(MfaTexts.RECOVERY_CODES_TITLE), new Paragraph(MfaTexts.RECOVERY_CODES_HINT),
                recoveryCodeList, recoveryCodesDownload, recoveryCodesSaved);

        enrolment.setVisible(false);
        recoveryCodes.setVisible(false);
        add(title, status, actions, enrolment, recoveryCodes);
        refresh();
    }

    /** Starts setting up an authenticator: shows its QR code, its key and the field for the first code. */
    public void start() {
        showEnrolment(mfa.startEnrolment());
    }

    /** Whether two-step sign-in is on for the signed-in user. */
    public boolean isOn() {
        return mfa.status().isOn();
    }

    /** Two-step sign-in was just turned on (the recovery codes are being shown). */
    public Registration addEnrolledListener(ComponentEventListener<EnrolledEvent> listener) {
        return addListener(EnrolledEvent.class, listener);
    }

    /** The user says they saved the recovery codes shown. */
    public Registration addRecoveryCodesSavedListener(ComponentEventListener<RecoveryCodesSavedEvent> listener) {
        return addListener(RecoveryCodesSavedEvent.class, listener);
    }

    private void refresh() {
        MfaState state = mfa.status();
        boolean busy = enrolment.isVisible() || recoveryCodes.isVisible();
        if (state.isOn()) {
            status.setText(MfaTexts.ON_SINCE.formatted(BrowserTime.format(state.onSince()), state.recoveryCodesLeft())
                    + (state.requiredByRole() ? " " + MfaTexts.REQUIRED_NOTE : ""));
        } else {
            status.setText(state.requiredByRole() ? MfaTexts.OFF_REQUIRED : MfaTexts.OFF);
        }
        // While an authenticator is being set up, "off" would only distract from the steps.
        status.setVisible(!enrolment.isVisible());
        actions.setVisible(!busy);
        setUp.setVisible(!state.isOn());
        setUpNew.setVisible(state.isOn());
        newRecoveryCodes.setVisible(state.isOn());
        turnOff.setVisible(state.isOn() && !state.requiredByRole());
    }

    private void showEnrolment(TotpSetup setup) {
        secret.setText(setup.secretForReading());
        code.clear();
        code.setInvalid(false);
        Div key = new Div(new Span(MfaTexts.SECRET_LABEL), secret);
        key.addClassName("mfa-key");
        Div buttons = new Div(cancel, confirm);
        buttons.addClassName("mfa-actions");
        enrolment.removeAll();
        enrolment.add(new Paragraph(MfaTexts.SCAN), QrCode.of(setup.otpAuthUri(), MfaTexts.QR_LABEL), key, code, buttons);
        enrolment.setVisible(true);
        refresh();
        code.focus();
    }

    private void confirm() {
        try {
            List<String> codes = mfa.confirmEnrolment(code.getValue());
            enrolment.setVisible(false);
            enrolment.removeAll();
            Notifications.success(MfaTexts.ENABLED);
            showRecoveryCodes(codes);
            fireEvent(new EnrolledEvent(this));
        } catch (CodeRefusedException refused) {
            code.show(refused);
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        recoveryCodeList.removeAll();
        codes.forEach(recoveryCode -> recoveryCodeList.add(new ListItem(recoveryCode)));
        // The handler holds the codes only while they are shown: "I have saved them" removes it.
        byte[] file = (MfaTexts.RECOVERY_CODES_TITLE + " (" + OtpAuthUri.ISSUER + ")\n\n" + String.join("\n", codes) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        recoveryCodesDownload.removeAll();
        recoveryCodesDownload.add(new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(file), MfaTexts.RECOVERY_CODES_FILE, "text/plain;charset=UTF-8", file.length)),
                AttachmentType.DOWNLOAD, MfaTexts.RECOVERY_CODES_DOWNLOAD));
        recoveryCodes.setVisible(true);
        refresh();
    }

    /** Two-step sign-in was turned on. */
    public static final class EnrolledEvent extends ComponentEvent<MfaSetup> {
        EnrolledEvent(MfaSetup source) {
            super(source, false);
        }
    }

    /** The recovery codes shown were saved; they are hidden now. */
    public static final class RecoveryCodesSavedEvent extends ComponentEvent<MfaSetup> {
        RecoveryCodesSavedEvent(MfaSetup source) {
            super(source, false);
        }
    }
}
