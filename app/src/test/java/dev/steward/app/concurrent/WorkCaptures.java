package dev.steward.app.concurrent;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/// Finds UI state that a task's work could read or write from its worker thread.
///
/// JavaFX does not check which thread reads a property, so nothing fails at run time when a worker reads a
/// search field or a check box: the value is merely sometimes wrong. What a lambda can reach is fixed when it
/// is made, though: its captured values. Work may capture values (a query, a file, a service); it may not
/// capture an observable, a control or window, or an object that holds observables (a view model, a dialog, a
/// session), since through it any property can be read later. Captured lambdas are searched the same way.
public final class WorkCaptures {
    private static final int DEPTH = 4;

    private WorkCaptures() {
    }

    /// @return one line per captured piece of UI state, empty when `work` carries only values
    public static List<String> problems(Object work) {
        List<String> found = new ArrayList<>();
        search(work, work.getClass().getName(), DEPTH, found);
        return found;
    }

    private static void search(Object lambda, String path, int depth, List<String> found) {
        if (depth == 0) {
            return;
        }
        for (Field field : lambda.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = read(field, lambda);
            if (value == null) {
                continue;
            }
            String where = path + " captures " + value.getClass().getName();
            String why = uiState(value);
            if (why != null) {
                found.add(where + " (" + why + ")");
            } else if (isLambda(value.getClass())) {
                search(value, where, depth - 1, found);
            }
        }
    }

    /// Why `value` is UI state, or null when it is not.
    private static String uiState(Object value) {
        if (value instanceof javafx.beans.Observable) {
            return "an observable";
        }
        if (value instanceof javafx.scene.Node || value instanceof javafx.stage.Window) {
            return "a control or window";
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (type.getSimpleName().endsWith("ViewModel")) {
                return "a view model";
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && javafx.beans.Observable.class.isAssignableFrom(field.getType())) {
                    return "holds observable " + field.getName();
                }
            }
        }
        return null;
    }

    private static boolean isLambda(Class<?> type) {
        return type.isHidden() || type.isSynthetic();
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
