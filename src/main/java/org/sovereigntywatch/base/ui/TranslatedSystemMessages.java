package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import org.sovereigntywatch.base.Texts;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's own notices (an internal error, cookies turned off, a page out of step with the server) in the language of
 * the page they appear on. (An expired session shows none: the page reloads to the sign-in.) Vaadin asks for them with
 * every response, so each locale's are made once.
 */
class TranslatedSystemMessages implements SystemMessagesProvider {

    private final Map<Locale, SystemMessages> byLocale = new ConcurrentHashMap<>();

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale locale = info.getLocale() == null ? Locale.UK : info.getLocale();
        return byLocale.computeIfAbsent(locale, TranslatedSystemMessages::messages);
    }

    private static SystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(Texts.format(locale, "framework.internal-error.caption"));
        messages.setInternalErrorMessage(Texts.format(locale, "framework.reload.message"));
        messages.setSyncErrorCaption(Texts.format(locale, "framework.sync-error.caption"));
        messages.setSyncErrorMessage(Texts.format(locale, "framework.reload.message"));
        messages.setCookiesDisabledCaption(Texts.format(locale, "framework.cookies-disabled.caption"));
        messages.setCookiesDisabledMessage(Texts.format(locale, "framework.cookies-disabled.message"));
        return messages;
    }
}
