package cn.healthsec.reporting.console;

import cn.healthsec.reporting.problem.Messages;

import java.util.Locale;
import java.util.Map;

/**
 * The console's words in the reader's language: {@code console.*} keys of the service's message
 * bundles (Chinese by default, English on request), so the console and the API's problems read alike.
 */
public record ConsoleText(Locale locale) {

    public String of(String key) {
        return Messages.text(locale, "console." + key);
    }

    public String with(String key, Object argument) {
        return Messages.text(locale, "console." + key, Map.of("0", argument));
    }

    /** An inbox entry's kind (submission, overdue notice, retraction) in words. */
    public String kind(String kind) {
        return of("kind." + kind);
    }

    /** A submission type in words (the code is the API's; the words are the console's). */
    public String type(String type) {
        return type == null ? "" : of("type." + type);
    }

    /** An institution's compliance (OVERDUE, LATE, OK) in words. */
    public String compliance(String compliance) {
        return of("institutions." + compliance);
    }

    /** Why an authority received an entry, in words (the API's {@code reasonText}). */
    public String reason(String reason) {
        return reason == null ? "" : Messages.text(locale, "route." + reason);
    }

    /** An instant as officers read it: the legal time of China, to the minute. */
    public String time(java.time.OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(cn.healthsec.reporting.rules.LegalTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** What is wrong with a field, in words (the API's field error message). */
    public String error(cn.healthsec.reporting.problem.FieldError e) {
        return Messages.text(locale, "field." + e.code(), e.arguments());
    }

    /** Days left until a due date as of now (or days past it): a clock read when the page is rendered. */
    public String daysLeft(java.time.LocalDate dueOn) {
        if (dueOn == null) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(cn.healthsec.reporting.rules.LegalTime.dateOf(
                cn.healthsec.reporting.rules.LegalTime.now()), dueOn);
        return days >= 0 ? with("clock.days-left", days) : with("clock.days-past", -days);
    }

    /** The code of the language shown ({@code zh} or {@code en}), and the other one, for the switch. */
    public String lang() {
        return Messages.ENGLISH.equals(locale) ? "en" : "zh";
    }

    public String otherLang() {
        return Messages.ENGLISH.equals(locale) ? "zh" : "en";
    }

    public boolean chinese() {
        return !Messages.ENGLISH.equals(locale);
    }

    static ConsoleText forLanguage(String lang) {
        return new ConsoleText("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
    }
}
