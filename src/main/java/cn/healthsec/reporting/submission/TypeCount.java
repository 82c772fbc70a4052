package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

/** How many submissions of one type the institutions of one division made (null division: not in the registry). */
public record TypeCount(String divisionCode, SubmissionType type, long count) {
}
