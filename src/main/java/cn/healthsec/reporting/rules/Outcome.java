package cn.healthsec.reporting.rules;

import java.util.ArrayList;
import java.util.List;

/** What the rules said about one submission: its deadlines and its findings. */
public record Outcome(List<Deadline> deadlines, List<Finding> findings) {

    public Outcome {
        deadlines = List.copyOf(deadlines);
        findings = List.copyOf(findings);
    }

    /** Collects deadlines and findings while rules run. */
    public static final class Builder {
        private final List<Deadline> deadlines = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        public Builder deadline(Deadline deadline) {
            deadlines.add(deadline);
            return this;
        }

        public Builder finding(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Outcome build() {
            return new Outcome(deadlines, findings);
        }
    }
}
