package dev.steward.app.register;

import javafx.css.PseudoClass;

/// Style classes and pseudo-classes used by the register screen (see steward.css).
final class RegisterStyles {
    static final String MUTED = "muted";
    static final String STATUS_BAR = "status-bar";
    static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");
    static final PseudoClass OWNER_LEFT = PseudoClass.getPseudoClass("owner-left");

    private RegisterStyles() {
    }
}
