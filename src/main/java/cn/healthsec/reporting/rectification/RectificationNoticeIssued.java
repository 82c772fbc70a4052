package cn.healthsec.reporting.rectification;

/** A notice was issued to the institution, in the transaction that issued it: it now owes an answer. */
public record RectificationNoticeIssued(String institutionUscc) {
}
