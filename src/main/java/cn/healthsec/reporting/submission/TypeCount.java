package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.rules.SubmissionType;

import java.time.LocalDate;

/**
 * How many submissions of one type the institutions of one division made in one legal month
 * ({@code month}: its first day; null division: not in the registry).
 */
public record TypeCount(String divisionCode, SubmissionType type, LocalDate month, long count) {
}
