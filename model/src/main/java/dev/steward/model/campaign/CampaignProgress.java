package dev.steward.model.campaign;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// Counts for a campaign's progress bar and the points of its burn-down chart.
///
/// @param burnDown one point per day from the campaign's start to today (or its close), items still pending
///                 at the end of that day (UTC)
public record CampaignProgress(int total, int pending, Map<Decision, Integer> decided, boolean overdue,
                               List<Point> burnDown) {
    /// Items left to decide at the end of `day`.
    public record Point(LocalDate day, int remaining) {
    }

    public CampaignProgress {
        decided = Map.copyOf(decided);
        burnDown = List.copyOf(burnDown);
    }

    /// More days than this are thinned to weekly points, so a chart of a long campaign stays readable.
    static final int MAX_DAILY_POINTS = 120;

    public static CampaignProgress of(Campaign campaign, Collection<CampaignItem> items, LocalDate today) {
        Map<Decision, Integer> decided = new EnumMap<>(Decision.class);
        List<LocalDate> decidedDays = new ArrayList<>();
        for (CampaignItem item : items) {
            if (item.isDecided()) {
                decided.merge(item.decision(), 1, Integer::sum);
                decidedDays.add(LocalDate.ofInstant(item.decidedAt(), ZoneOffset.UTC));
            }
        }
        int pending = items.size() - decidedDays.size();
        LocalDate start = campaign.createdAt() == null ? today : LocalDate.ofInstant(campaign.createdAt(), ZoneOffset.UTC);
        LocalDate end = campaign.closedAt() == null ? today : LocalDate.ofInstant(campaign.closedAt(), ZoneOffset.UTC);
        return new CampaignProgress(items.size(), pending, decided, campaign.isOpen() && pending > 0
                && campaign.isOverdue(today), burnDown(items.size(), decidedDays, start, end));
    }

    public int decided(Decision decision) {
        return decided.getOrDefault(decision, 0);
    }

    public boolean isComplete() {
        return pending == 0;
    }

    private static List<Point> burnDown(int total, List<LocalDate> decidedDays, LocalDate start, LocalDate end) {
        List<Point> points = new ArrayList<>();
        if (end.isBefore(start)) {
            end = start;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        int step = days > MAX_DAILY_POINTS ? 7 : 1;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(step)) {
            points.add(new Point(day, remainingAt(total, decidedDays, day)));
        }
        if (!points.getLast().day().equals(end)) {
            points.add(new Point(end, remainingAt(total, decidedDays, end)));
        }
        return points;
    }

    private static int remainingAt(int total, List<LocalDate> decidedDays, LocalDate day) {
        int done = 0;
        for (LocalDate d : decidedDays) {
            if (!d.isAfter(day)) {
                done++;
            }
        }
        return total - done;
    }
}
