package dev.steward.model.register;

import java.time.Duration;
import java.time.LocalDate;

/// How to cut an integration off in an emergency, and whether that has been proven to work.
/// Every field may be {@code null} while the path is still being written down.
///
/// @param killSwitch   where the switch is (console, runbook, command)
/// @param authorisedBy who may pull it
/// @param steps        what to do, in order
/// @param targetTime   how quickly access must be gone
/// @param lastTested   date of the last drill, {@code null} if never tested
/// @param lastResult   result of that drill
/// @param impact       what breaks when it is revoked
public record RevocationPath(String killSwitch, String authorisedBy, String steps, Duration targetTime,
                             LocalDate lastTested, RevocationTestResult lastResult, String impact) {

    public static final RevocationPath EMPTY = new RevocationPath(null, null, null, null, null, null, null);

    /// True when the path says where the switch is and who may use it: the minimum for it to be usable.
    public boolean isDefined() {
        return killSwitch != null && !killSwitch.isBlank() && authorisedBy != null && !authorisedBy.isBlank();
    }
}
