package dev.steward.app.dialog;

/// How view models talk to the user. Tests replace it; no view model builds an Alert itself.
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    /// @return true when the user confirms
    boolean confirm(String title, String message);
}
