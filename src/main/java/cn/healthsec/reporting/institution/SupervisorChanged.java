package cn.healthsec.reporting.institution;

/**
 * An institution was registered, or put under another supervising commission, in the transaction
 * still open, which holds {@link InstitutionService#SUPERVISOR_LOCK}: capabilities that keep a copy of
 * the supervisor write it again.
 */
public record SupervisorChanged(String uscc) {
}
