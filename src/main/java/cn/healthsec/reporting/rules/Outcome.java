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

    /**
     * Collects deadlines and findings while rules run, marking each with the id of the rule that
     * {@link RuleSet#evaluate(Object, Builder) is running}.
     */
    public static final class Builder {
        private final List<Deadline> deadlines = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Measurement> measurements = new ArrayList<>();
        private String running;

        /** What is added from now on was concluded by the rule {@code ruleId}. */
        Builder running(String ruleId) {
            this.running = ruleId;
            return this;
        }

        public Builder deadline(Deadline deadline) {
            deadlines.add(deadline.byRule(running));
            return this;
        }

        public Builder finding(Finding finding) {
            findings.add(finding.byRule(running));
            return this;
        }

        public Builder measurement(Measurement measurement) {
            measurements.add(measurement.byRule(running));
            return this;
        }

        public Outcome build() {
            return new Outcome(deadlines, findings, measurements);
        }
    }
}
