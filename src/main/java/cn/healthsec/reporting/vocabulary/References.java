package cn.healthsec.reporting.vocabulary;

/** How a report names another submission of the service: by its reference, as the receipt gave it. */
public final class References {

    /** A submission's reference: type prefix, year, number, and "/n" for its n-th version (e.g. {@code CBA-2026-00000042/2}). */
    public static final String PATTERN = "[A-Z]{2,4}-[0-9]{4}-[0-9]{8}(/[0-9]{1,4})?";

    private References() {
    }
}
