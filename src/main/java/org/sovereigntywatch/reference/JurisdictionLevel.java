package org.sovereigntywatch.reference;

import org.sovereigntywatch.base.Text;

import java.util.Locale;

/** How a jurisdiction's code is formed and what its parent may be. */
public enum JurisdictionLevel {
    /** A union of countries such as the EU: 2 to 6 capital letters, no parent. */
    SUPRANATIONAL("[A-Z]{2,6}"),
    /** A country: its ISO 3166-1 alpha-2 code, no parent. */
    NATIONAL("[A-Z]{2}"),
    /** A state, province or region: its ISO 3166-2 code, whose prefix is the parent country's code. */
    SUBNATIONAL("[A-Z]{2}-[A-Z0-9]{1,3}");

    private final String codePattern;

    JurisdictionLevel(String codePattern) {
        this.codePattern = codePattern;
    }

    public boolean accepts(String code) {
        return code.matches(codePattern);
    }

    /**
     * What a code of this level looks like, as a sentence for the user: "A national code is an ISO 3166-1 alpha-2
     * code, such as US".
     */
    public Text codeRule() {
        return new Text("jurisdiction.code.rule." + name().toLowerCase(Locale.ROOT));
    }
}
