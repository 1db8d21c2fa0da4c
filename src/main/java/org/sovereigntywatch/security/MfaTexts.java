package org.sovereigntywatch.security;

import java.time.Duration;

/**
 * Every text of two-step sign-in, for the service's messages and the views alike: one place to translate when the
 * application gets its translations.
 */
public final class MfaTexts {

    private MfaTexts() {
    }

    // What the service says when it refuses a code or a step; shown next to the code field.
    public static final String ENTER_CODE = "Enter the 6-digit code from your authenticator app, or a recovery code.";
    public static final String WRONG_CODE = "That code is not right. Enter the code your app shows now; if it keeps "
            + "failing, check that your phone's clock is set automatically.";
    public static final String CODE_ALREADY_USED = "That code was already used. Wait for your app to show the next one.";
    public static final String WRONG_RECOVERY_CODE = "That recovery code is not right. Check it and try again.";
    public static final String RECOVERY_CODE_USED = "That recovery code was already used: each one works once.";
    public static final String NOT_SET_UP = "Two-step sign-in is not set up for this account.";
    public static final String NOTHING_TO_CONFIRM = "Start setting up an authenticator first.";
    public static final String ALREADY_ON = "Two-step sign-in is already on: set up a new authenticator instead.";
    public static final String REQUIRED_FOR_ROLE = "Your role requires two-step sign-in, so it cannot be turned off.";

    public static String tooManyWrongCodes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many wrong codes. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    // Set-up on the account page and on the forced set-up page.
    public static final String TITLE = "Two-step sign-in";
    public static final String SET_UP_TITLE = "Set up two-step sign-in";
    public static final String SET_UP_REQUIRED = "Your role requires a second step when you sign in: a code from an "
            + "authenticator app on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis, 1Password "
            + "and others). Set it up to continue.";
    public static final String OFF = "Off. Turn it on so that a stolen password alone does not open your account.";
    public static final String OFF_REQUIRED = "Off, but your role requires it: you will be asked to set it up.";
    public static final String ON_SINCE = "On since %s. Unused recovery codes: %d.";
    public static final String REQUIRED_NOTE = "Your role requires it.";
    public static final String SET_UP = "Set up";
    public static final String SET_UP_NEW = "Set up a new authenticator…";
    public static final String NEW_RECOVERY_CODES = "New recovery codes…";
    public static final String TURN_OFF = "Turn off…";
    public static final String SCAN = "Scan this QR code with your authenticator app, or enter the key below by hand. "
            + "Then enter the 6-digit code the app shows.";
    public static final String QR_LABEL = "QR code to add Sovereignty Watch to an authenticator app";
    public static final String SECRET_LABEL = "Key for entering by hand (time-based, 6 digits, 30 seconds)";
    public static final String CODE = "Code";
    public static final String CONFIRM = "Turn on";
    public static final String CANCEL = "Cancel";
    public static final String ENABLED = "Two-step sign-in is on.";
    public static final String RECOVERY_CODES_TITLE = "Your recovery codes";
    public static final String RECOVERY_CODES_HINT = "Keep these somewhere safe, away from your phone. Each works once, "
            + "instead of a code from the app, if you lose your phone. They are shown only now.";
    public static final String RECOVERY_CODES_SAVED = "I have saved them";
    public static final String RECOVERY_CODES_DOWNLOAD = "Download as a text file";
    public static final String RECOVERY_CODES_FILE = "sovereignty-watch-recovery-codes.txt";
    public static final String CURRENT_CODE_TITLE = "Confirm it is you";
    public static final String CURRENT_CODE_HINT = "Enter the code your authenticator app shows now, or a recovery code.";
    public static final String CONTINUE = "Continue";
    public static final String NEW_RECOVERY_CODES_CONFIRM = "Make new codes";
    public static final String NEW_RECOVERY_CODES_NOTE = "Your old recovery codes stop working.";
    public static final String TURN_OFF_CONFIRM = "Turn off";
    public static final String TURNED_OFF = "Two-step sign-in is off.";

    // The code page of sign-in.
    public static final String CODE_PAGE_TITLE = "Enter your code";
    public static final String CODE_PAGE_HINT = "Open your authenticator app and enter the 6-digit code it shows for "
            + "Sovereignty Watch. Lost your phone? Enter one of your recovery codes instead.";
    public static final String SIGN_OUT = "Sign out";
    public static final String RECOVERY_CODE_ACCEPTED = "Signed in with a recovery code: %d left. If you lost your "
            + "phone, set up a new authenticator on your account page.";

    // The admins' sign-in policy.
    public static final String POLICY_TITLE = "Sign-in policy";
    public static final String POLICY_HINT = "Users with a ticked role must sign in with a code from an authenticator "
            + "app. Each role on its own: ticking Reviewer does not tick Admin. Users who have not set it up are asked "
            + "to at their next sign-in.";
    public static final String POLICY_REQUIRES = "%s: requires two-step sign-in";
    public static final String POLICY_SAVE = "Save";
    public static final String POLICY_SAVED = "Sign-in policy saved";
}
