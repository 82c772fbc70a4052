package cn.healthsec.reporting.institution;

/**
 * The registry entry of an institution was created or replaced, in the transaction still open:
 * capabilities that count from the registry (the obligation ledger) bring themselves up to date.
 */
public record InstitutionChanged(String uscc) {
}
