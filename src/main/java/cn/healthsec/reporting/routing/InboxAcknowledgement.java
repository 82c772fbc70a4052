package cn.healthsec.reporting.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Entries of one authority's inbox to acknowledge at once: at most one page ({@link InboxResource#MAX_LIMIT}),
 * each id once. A portal draining a backlog reads a page and acknowledges it in one request.
 */
public record InboxAcknowledgement(
        @NotNull @Size(min = 1, max = InboxResource.MAX_LIMIT) List<@NotNull @Positive Long> entryIds) {

    /**
     * What the acknowledgement did: entries marked now, entries acknowledged before, ids not in this
     * inbox, and each entry of this inbox with its kept acknowledgement time (the first one).
     */
    public record Result(int acknowledged, int alreadyAcknowledged, List<Long> notFound, List<Kept> entries) {
    }

    /** An entry and the time of its first acknowledgement, the authority's time of receipt. */
    public record Kept(long id, java.time.OffsetDateTime acknowledgedAt) {
    }
}
