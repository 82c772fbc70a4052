package cn.healthsec.reporting.submission;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a report's item row: the submission and the item's id within it ({@code @IdClass} of the types' item entities). */
public class ItemKey implements Serializable {

    public UUID submissionId;
    public String itemId;

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemKey k && Objects.equals(submissionId, k.submissionId) && Objects.equals(itemId, k.itemId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(submissionId, itemId);
    }
}
