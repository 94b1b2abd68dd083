package dev.steward.model.campaign;

/// Who holds a pending campaign item now.
///
/// @param personId the person, for {@link Level#DECIDER} and {@link Level#BACKUP_OWNER}; {@code null} for the manager
/// @param manager  the campaign manager's username, for {@link Level#MANAGER}; otherwise {@code null}
public record Holder(Level level, Long personId, String manager) {
    /// How far an item has escalated.
    public enum Level {
        /// Not overdue: the item's decider holds it.
        DECIDER,
        /// Overdue: escalated to the integration's first active backup owner.
        BACKUP_OWNER,
        /// Overdue past the backup owner's turn, or nobody else qualifies: the campaign's manager.
        MANAGER
    }

    static Holder person(Level level, Long personId) {
        return new Holder(level, personId, null);
    }

    static Holder manager(String username) {
        return new Holder(Level.MANAGER, null, username);
    }
}
