package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.submission.api.DecisionOutcome;
import cn.healthsec.reporting.submission.api.DecisionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a decision malformed beyond its fields' constraints, for the API and the console alike. */
public final class DecisionChecks {

    /** A JSON pointer (RFC 6901): empty, or "/"-separated tokens where "~" only starts "~0" or "~1". */
    static final Pattern JSON_POINTER = Pattern.compile("^(/([^~/]|~[01])*)*$");

    private DecisionChecks() {
    }

    /** A return names what to correct: a comment and at least one field; an acceptance names none. */
    public static List<FieldError> check(DecisionRequest d) {
        List<FieldError> errors = new ArrayList<>();
        boolean returned = d.outcome() == DecisionOutcome.RETURNED_FOR_CORRECTION;
        // A refusal gives its reasons (2026 Data Measures art. 22(4): the commission reviews and approves, or says why not).
        if ((returned || d.outcome() == DecisionOutcome.REFUSED) && (d.comment() == null || d.comment().isBlank())) {
            errors.add(FieldError.of("/comment", "required"));
        }
        if (returned && (d.findings() == null || d.findings().isEmpty())) {
            errors.add(FieldError.of("/findings", "required"));
        }
        if ((d.outcome() == DecisionOutcome.ACCEPTED || d.outcome() == DecisionOutcome.APPROVED) && d.findings() != null
                && !d.findings().isEmpty()) {
            errors.add(FieldError.of("/findings", "only_when_returned"));
        }
        if (d.findings() != null) {
            for (int i = 0; i < d.findings().size(); i++) {
                DecisionRequest.FieldFinding f = d.findings().get(i);
                if (f != null && f.field() != null && !JSON_POINTER.matcher(f.field()).matches()) {
                    errors.add(FieldError.of("/findings/" + i + "/field", "invalid_format"));
                }
            }
        }
        return errors;
    }
}
