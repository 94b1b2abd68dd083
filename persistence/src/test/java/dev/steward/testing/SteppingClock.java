package dev.steward.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/// A clock that moves one minute forward every time it is read, so consecutive writes get distinct,
/// predictable stamps.
public final class SteppingClock extends Clock {
    private Instant next;

    public SteppingClock(Instant start) {
        this.next = start;
    }

    /// Moves the clock on by `by` (e.g. past a due date), still stepping a minute per read after.
    public synchronized void jump(Duration by) {
        next = next.plus(by);
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofMinutes(1));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed to UTC");
    }
}
