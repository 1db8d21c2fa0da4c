package org.sovereigntywatch.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal by one of our own checks (a jurisdiction not covered, a state only reviewers edit), saying why in the
 * user's words; Spring Security's own refusals say only "Access Denied".
 */
public class RefusedException extends AccessDeniedException implements UserMessage {

    private final Text text;

    public RefusedException(String key, Object... args) {
        super(new Text(key, args).toString());
        this.text = new Text(key, args);
    }

    @Override
    public Text text() {
        return text;
    }
}
