package dev.steward.model.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ChainVerificationTest {
    private static final Instant T0 = Instant.parse("2025-06-15T08:00:00.123456789Z");

    private static List<LedgerEntry> chain(int size) {
        List<LedgerEntry> entries = new ArrayList<>();
        LedgerEntry previous = null;
        for (int i = 1; i <= size; i++) {
            previous = HashChain.append(previous, T0.plusSeconds(i), "rita", "integration", String.valueOf(i % 3),
                    "update", "purpose", "old " + i, "new " + i);
            entries.add(previous);
        }
        return entries;
    }

    private static LedgerEntry edit(LedgerEntry e, String newValue) {
        return new LedgerEntry(e.sequence(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(), e.action(),
                e.field(), e.oldValue(), newValue, e.hash());
    }

    private static ChainBreak firstBreak(List<LedgerEntry> entries) {
        ChainVerification result = ChainVerification.verify(entries);
        assertFalse(result.intact(), "expected a break");
        return result.firstBreak().orElseThrow();
    }

    @Test
    void intactChainVerifiesInAnyInputOrder() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        assertTrue(ChainVerification.verify(entries).intact());
        java.util.Collections.reverse(entries);
        ChainVerification result = ChainVerification.verify(entries);
        assertTrue(result.intact());
        assertEquals(10, result.entriesChecked());
        assertEquals(chain(10).getLast().hash(), result.headHash());
        assertTrue(ChainVerification.verify(List.of()).intact());
    }

    @Test
    void firstEntryChainsFromTheFixedGenesis() {
        LedgerEntry first = chain(1).getFirst();
        assertEquals(HashChain.hash(HashChain.GENESIS, 1, first), first.hash());
        assertNotEquals(HashChain.hash("11".repeat(32), 1, first), first.hash());
    }

    @Test
    void editedRowIsFoundAtItsSequence() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        entries.set(4, edit(entries.get(4), "forged"));
        ChainBreak br = firstBreak(entries);
        assertEquals(5, br.sequence());
        assertEquals(ChainBreak.Kind.EDITED, br.kind());
    }

    @Test
    void editedLastRowIsFound() {
        List<LedgerEntry> entries = new ArrayList<>(chain(6));
        entries.set(5, edit(entries.get(5), "forged"));
        assertEquals(new ChainBreak(6, ChainBreak.Kind.EDITED, firstBreak(entries).message()), firstBreak(entries));
    }

    @Test
    void deletedRowLeavesAGap() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        entries.remove(6);
        ChainBreak br = firstBreak(entries);
        assertEquals(7, br.sequence());
        assertEquals(ChainBreak.Kind.DELETED, br.kind());
    }

    @Test
    void deletedRowWithRenumberingIsStillADeletion() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        entries.remove(3);
        for (int i = 3; i < entries.size(); i++) {
            entries.set(i, entries.get(i).withSequence(i + 1, entries.get(i).hash()));
        }
        ChainBreak br = firstBreak(entries);
        assertEquals(4, br.sequence());
        assertEquals(ChainBreak.Kind.DELETED, br.kind());
    }

    @Test
    void swappedRowsAreReordered() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        LedgerEntry five = entries.get(4);
        LedgerEntry six = entries.get(5);
        entries.set(4, six.withSequence(5, six.hash()));
        entries.set(5, five.withSequence(6, five.hash()));
        ChainBreak br = firstBreak(entries);
        assertEquals(5, br.sequence());
        assertEquals(ChainBreak.Kind.REORDERED, br.kind());
    }

    @Test
    void insertedRowWithDuplicateSequenceIsFound() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        LedgerEntry fake = HashChain.append(entries.get(2), T0, "mallory", "user", "9", "grant", "roles", null, "ADMIN");
        entries.add(fake);
        ChainBreak br = firstBreak(entries);
        assertEquals(4, br.sequence());
        assertEquals(ChainBreak.Kind.INSERTED, br.kind());
    }

    @Test
    void insertedRowWithRenumberingIsFoundWhetherOrNotItsHashIsForged() {
        for (boolean forgeHash : List.of(true, false)) {
            List<LedgerEntry> entries = new ArrayList<>(chain(10));
            LedgerEntry fake = HashChain.append(entries.get(2), T0, "mallory", "user", "9", "grant", "roles", null, "ADMIN");
            entries.add(3, forgeHash ? fake : fake.withSequence(4, "ab".repeat(32)));
            for (int i = 4; i < entries.size(); i++) {
                entries.set(i, entries.get(i).withSequence(i + 1, entries.get(i).hash()));
            }
            ChainBreak br = firstBreak(entries);
            assertEquals(4, br.sequence(), "forged hash: " + forgeHash);
            assertEquals(ChainBreak.Kind.INSERTED, br.kind(), "forged hash: " + forgeHash);
        }
    }

    @Test
    void onlyTheFirstBreakIsReported() {
        List<LedgerEntry> entries = new ArrayList<>(chain(10));
        entries.set(7, edit(entries.get(7), "late"));
        entries.set(2, edit(entries.get(2), "early"));
        assertEquals(3, firstBreak(entries).sequence());
    }

    @Test
    void timestampsAreHashedAtMicrosecondPrecision() {
        LedgerEntry entry = chain(1).getFirst();
        assertEquals(0, entry.occurredAt().getNano() % 1000);
        LedgerEntry reloaded = new LedgerEntry(1, entry.occurredAt(), entry.actor(), entry.entityType(), entry.entityId(),
                entry.action(), entry.field(), entry.oldValue(), entry.newValue(), entry.hash());
        assertTrue(ChainVerification.verify(List.of(reloaded)).intact());
    }
}
