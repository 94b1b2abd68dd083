package dev.steward.service.audit;

import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.Checkpoint;

import java.util.List;
import java.util.Optional;

/// The audit log checked as a hash chain and against every signed checkpoint it once had.
///
/// @param chain       the hash chain walk
/// @param checkpoints how many checkpoints were checked (stored and given)
/// @param newest      the newest checkpoint that holds, if any
/// @param problems    one sentence per checkpoint that does not hold, naming it; empty when all hold
public record LogVerification(ChainVerification chain, int checkpoints, Optional<Checkpoint> newest,
                              List<String> problems) {
    public LogVerification {
        problems = List.copyOf(problems);
    }

    /// True when the chain is intact and every checkpoint holds.
    public boolean holds() {
        return chain.intact() && problems.isEmpty();
    }
}
