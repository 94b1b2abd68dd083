package dev.steward.storage;

/// The record asked for does not exist (never did, or was removed). Nothing was written.
public class RecordNotFoundException extends RuntimeException {
    private final String entityType;
    private final long id;

    public RecordNotFoundException(String entityType, long id) {
        super(entityType + " " + id + " does not exist. It may have been removed; reload the list.");
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public long id() {
        return id;
    }
}
