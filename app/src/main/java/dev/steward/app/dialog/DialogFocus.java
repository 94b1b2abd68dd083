package dev.steward.app.dialog;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.TextInputControl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/// Where the keyboard is when a dialog opens: in its first field still to fill (else its first field), never
/// on Cancel. JavaFX otherwise focuses the first enabled button, and since the primary button starts disabled
/// until the form is filled, that was Cancel: typing went nowhere and Enter cancelled. With the focus in a field,
/// Enter fires the dialog's default button (OK, Sign in, Create), and only when that is enabled.
///
/// One helper for every dialog, so they all behave the same.
public final class DialogFocus {
    private DialogFocus() {
    }

    /// Focuses the dialog's first field each time it is shown; keeps any onShown handler it already had.
    public static void firstField(Dialog<?> dialog) {
        EventHandler<DialogEvent> previous = dialog.getOnShown();
        dialog.setOnShown(event -> {
            if (previous != null) {
                previous.handle(event);
            }
            firstField(dialog.getDialogPane().getContent()).ifPresent(Node::requestFocus);
        });
    }

    /// The first empty editable text field under `root`, else the first editable one, else the first other
    /// enabled control that takes focus (a check box, a list); buttons are left to the button bar.
    static Optional<Node> firstField(Node root) {
        Node firstText = null;
        Node firstControl = null;
        Deque<Node> pending = new ArrayDeque<>();
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!node.isVisible() || node.isDisabled()) {
                continue;
            }
            if (node instanceof TextInputControl text && text.isEditable()) {
                if (text.getText() == null || text.getText().isEmpty()) {
                    return Optional.of(text);
                }
                firstText = firstText == null ? text : firstText;
                continue;
            }
            if (node instanceof Control control && !(node instanceof Button) && control.isFocusTraversable()
                    && firstControl == null) {
                firstControl = control;
                continue;
            }
            if (node instanceof Parent parent && !(node instanceof Control)) {
                var children = parent.getChildrenUnmodifiable();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return Optional.ofNullable(firstText != null ? firstText : firstControl);
    }
}
