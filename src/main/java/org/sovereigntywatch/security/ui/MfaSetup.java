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
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.security.CodeRefusedException;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.MfaState;
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

    final H2 title = new H2(getTranslation("mfa.title"));
    final Paragraph status = new Paragraph();
    final Button setUp = new Button(getTranslation("mfa.set-up"));
    final Button setUpNew = new Button(getTranslation("mfa.set-up-new"));
    final Button newRecoveryCodes = new Button(getTranslation("mfa.new-recovery-codes"));
    final Button turnOff = new Button(getTranslation("mfa.turn-off"));
    final Div actions = new Div(setUp, setUpNew, newRecoveryCodes, turnOff);

    final Div enrolment = new Div();
    final Span secret = new Span();
    final CodeField code = new CodeField();
    final Button confirm = new Button(getTranslation("mfa.turn-on"));
    final Button cancel = new Button(getTranslation("common.cancel"));

    final Div recoveryCodes = new Div();
    final OrderedList recoveryCodeList = new OrderedList();
    final Div recoveryCodesDownload = new Div();
    final Button recoveryCodesSaved = new Button(getTranslation("mfa.recovery-codes.saved"));

    private final MfaService mfa;

    public MfaSetup(MfaService mfa) {
        this.mfa = mfa;
        addClassName("mfa-setup");
        actions.addClassName("mfa-actions");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> start());
        setUpNew.addClickListener(click -> new CurrentCodeDialog(null,
                getTranslation("mfa.continue"), current -> showEnrolment(mfa.startReplacement(current))).open());
        newRecoveryCodes.addClickListener(click -> new CurrentCodeDialog(
                getTranslation("mfa.new-recovery-codes.note"), getTranslation("mfa.new-recovery-codes.confirm"),
                current -> showRecoveryCodes(mfa.regenerateRecoveryCodes(current))).open());
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(click -> new CurrentCodeDialog(null,
                getTranslation("mfa.turn-off.confirm"), current -> {
                    mfa.turnOff(current);
                    Notifications.success(getTranslation("mfa.turned-off"));
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
        recoveryCodes.add(new H2(getTranslation("mfa.recovery-codes.title")),
                new Paragraph(getTranslation("mfa.recovery-codes.hint")),
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
            status.setText(getTranslation(state.requiredByRole() ? "mfa.status.on.required" : "mfa.status.on",
                    state.onSince(), state.recoveryCodesLeft()));
        } else {
            status.setText(getTranslation(state.requiredByRole() ? "mfa.status.off.required" : "mfa.status.off"));
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
        Div key = new Div(new Span(getTranslation("mfa.secret-label")), secret);
        key.addClassName("mfa-key");
        Div buttons = new Div(cancel, confirm);
        buttons.addClassName("mfa-actions");
        enrolment.removeAll();
        enrolment.add(new Paragraph(getTranslation("mfa.scan")), QrCode.of(setup.otpAuthUri(), getTranslation("mfa.qr-label")),
                key, code, buttons);
        enrolment.setVisible(true);
        refresh();
        code.focus();
    }

    private void confirm() {
        try {
            List<String> codes = mfa.confirmEnrolment(code.getValue());
            enrolment.setVisible(false);
            enrolment.removeAll();
            Notifications.success(getTranslation("mfa.enabled"));
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
        // The file is written now, in the reader's language; the download itself runs outside the UI.
        byte[] file = (getTranslation("mfa.recovery-codes.file-heading", OtpAuthUri.ISSUER) + "\n\n"
                + String.join("\n", codes) + "\n").getBytes(StandardCharsets.UTF_8);
        String fileName = getTranslation("mfa.recovery-codes.file-name");
        recoveryCodesDownload.removeAll();
        recoveryCodesDownload.add(new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(file), fileName, "text/plain;charset=UTF-8", file.length)),
                AttachmentType.DOWNLOAD, getTranslation("mfa.recovery-codes.download")));
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
