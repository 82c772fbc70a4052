package cn.healthsec.reporting.rectification;

import cn.healthsec.reporting.privacy.MetadataOnlyScanner;
import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.rectification.api.NoticeProblem;
import cn.healthsec.reporting.rectification.api.ProblemAnswer;
import cn.healthsec.reporting.rectification.api.RectificationNoticeRequest;
import cn.healthsec.reporting.rectification.api.RectificationReportRequest;
import cn.healthsec.reporting.rules.LegalTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import cn.healthsec.reporting.web.RequestReader;
import com.fasterxml.jackson.databind.JsonNode;

/** What makes a notice or its answer malformed beyond single-field constraints. */
public final class RectificationChecks {

    /** Neither names a person: no field may carry a phone number or an e-mail address. */
    static final MetadataOnlyScanner SCANNER = new MetadataOnlyScanner(Pattern.compile("(?!)"));

    /** The longest a notice may give: a year (service limit; the law says "及时"). */
    static final int MAX_DAYS_TO_ANSWER = 366;

    private RectificationChecks() {
    }

    /**
     * A notice's request body read as the API reads it: types, constraints, these checks and the
     * scanner, every error at once (the API's operation and the console's form both come here).
     */
    public static RectificationNoticeRequest readNotice(RequestReader reader, JsonNode body) {
        return reader.readReport(body, RectificationNoticeRequest.class, RectificationChecks::notice, SCANNER, LegalTime.now());
    }

    static List<FieldError> notice(RectificationNoticeRequest n) {
        List<FieldError> errors = new ArrayList<>();
        if (n.dueOn() != null && (n.dueOn().isBefore(LegalTime.dateOf(LegalTime.now())) || n.dueOn().isAfter(LegalTime.dateOf(LegalTime.now()).plusDays(MAX_DAYS_TO_ANSWER)))) {
            errors.add(FieldError.of("/dueOn", "due_out_of_range"));
        }
        Set<String> ids = new HashSet<>();
        List<NoticeProblem> problems = n.problems() == null ? List.of() : n.problems();
        for (int i = 0; i < problems.size(); i++) {
            NoticeProblem p = problems.get(i);
            if (p != null && p.id() != null && !ids.add(p.id())) {
                errors.add(FieldError.of("/problems/" + i + "/id", "duplicate_item"));
            }
        }
        return errors;
    }

    static List<FieldError> report(RectificationReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ProblemAnswer> answers = r.problems() == null ? List.of() : r.problems();
        for (int i = 0; i < answers.size(); i++) {
            ProblemAnswer a = answers.get(i);
            if (a == null) {
                continue;
            }
            if (a.problemId() != null && !ids.add(a.problemId())) {
                errors.add(FieldError.of("/problems/" + i + "/problemId", "duplicate_item"));
            }
            if (a.state() == ProblemAnswer.AnswerState.DONE && a.completedOn() == null) {
                errors.add(FieldError.of("/problems/" + i + "/completedOn", "required"));
            }
        }
        return errors;
    }
}
