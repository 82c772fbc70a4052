package cn.healthsec.reporting.calendar;

import java.time.LocalDate;

/** A computed due date; {@code provisional} when a year it crosses is not yet on the calendar. */
public record DueDate(LocalDate dueOn, boolean provisional) {
}
