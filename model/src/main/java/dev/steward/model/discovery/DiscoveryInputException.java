package dev.steward.model.discovery;

/// A file that cannot be read as the format it claims to be. The message names the file, the place in it (a
/// JSON path, or a line and column) and what is wrong, and never quotes a value (it may be a secret).
public final class DiscoveryInputException extends RuntimeException {
    private final String file;
    private final String location;

    public DiscoveryInputException(String file, String location, String problem) {
        super(file + (location == null || location.isEmpty() ? "" : " at " + location) + ": " + problem);
        this.file = file;
        this.location = location;
    }

    public String file() {
        return file;
    }

    /// JSON path, TOML table or "line N, column M"; empty when the problem is the file as a whole.
    public String location() {
        return location == null ? "" : location;
    }
}
