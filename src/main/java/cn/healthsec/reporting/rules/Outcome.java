package cn.healthsec.reporting.rules;

import java.util.ArrayList;
import java.util.List;

/** What the rules said about one submission: its deadlines, its findings and what they measured. */
public record Outcome(List<Deadline> deadlines, List<Finding> findings, List<Measurement> measurements) {

    public Outcome {
        deadlines = List.copyOf(deadlines);
        findings = List.copyOf(findings);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    public Outcome(List<Deadline> deadlines, List<Finding> findings) {
        this(deadlines, findings, List.of());
    }

    /** Collects deadlines and findings while rules run. */
    public static final class Builder {
        private final List<Deadline> deadlines = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Measurement> measurements = new ArrayList<>();

        public Builder deadline(Deadline deadline) {
            deadlines.add(deadline);
            return this;
        }

        public Builder finding(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder measurement(Measurement measurement) {
            measurements.add(measurement);
            return this;
        }

        public Outcome build() {
            return new Outcome(deadlines, findings, measurements);
        }
    }
}
