package cn.healthsec.reporting.submission;

import java.util.List;

/**
 * What a report type puts on the record as dated facts ({@link EventOnRecord}), for the capabilities
 * that count from them (the obligation ledger finds every implementation). Implemented by the type's
 * own record class over its own rows; a withdrawn version's facts are not on the record.
 */
public interface RecordedEvents {

    /** The institution's facts of this type, oldest first. */
    List<EventOnRecord> events(String uscc);
}
