package dev.steward.model.succession;

/// Why a successor was proposed.
public enum SuccessionBasis {
    /// The integration's first active backup owner.
    BACKUP_OWNER,
    /// The leaver's manager, because no backup owner is active.
    MANAGER,
    /// Someone with edit rights named a different successor when confirming.
    CHOSEN,
    /// Nobody qualifies: someone with edit rights must name a successor.
    NONE
}
