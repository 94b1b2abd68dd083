package dev.steward.app;

import dev.steward.app.dialog.DialogService;

import java.util.ArrayList;
import java.util.List;

/// Test double for the dialog service: records what would have been shown and answers confirmations.
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answer;
    }
}
