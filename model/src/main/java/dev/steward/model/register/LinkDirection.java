package dev.steward.model.register;

/// Whether a linked agent hands work to this integration (upstream) or receives work from it (downstream).
public enum LinkDirection {
    UPSTREAM,
    DOWNSTREAM;
}
