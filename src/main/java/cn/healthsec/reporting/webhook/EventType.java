package cn.healthsec.reporting.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a subscriber may receive, by whom: each type is a CloudEvents {@code type} and names the view
 * its {@code data} holds — the one the API serves that recipient for the same thing, never more.
 */
public enum EventType {
    /** An entry arrived in an authority's inbox (a submission, an amendment, a retraction, an overdue notice); data: the InboxEntry. */
    INBOX_ENTRY_CREATED("cn.healthsec.inbox.entry.created", Owner.Kind.AUTHORITY),
    /** The primary recipient accepted one of the institution's submissions; data: the Decision. */
    SUBMISSION_DECIDED("cn.healthsec.submission.decided", Owner.Kind.INSTITUTION),
    /** The primary recipient returned one of the institution's submissions for correction; data: the Decision. */
    SUBMISSION_RETURNED("cn.healthsec.submission.returned", Owner.Kind.INSTITUTION),
    /** An authority issued the institution a rectification notice; data: the RectificationNotice. */
    RECTIFICATION_NOTICE_ISSUED("cn.healthsec.rectification.notice.issued", Owner.Kind.INSTITUTION),
    /** One of the institution's obligations passed its due date unmet (noticed once per due date); data: the Obligation. */
    OBLIGATION_OVERDUE("cn.healthsec.obligation.overdue", Owner.Kind.INSTITUTION);

    private final String type;
    private final Owner.Kind recipient;

    EventType(String type, Owner.Kind recipient) {
        this.type = type;
        this.recipient = recipient;
    }

    /** The CloudEvents type. */
    public String type() {
        return type;
    }

    public Owner.Kind recipient() {
        return recipient;
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
