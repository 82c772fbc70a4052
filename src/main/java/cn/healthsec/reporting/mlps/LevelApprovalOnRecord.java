package cn.healthsec.reporting.mlps;

/** A level approval request as an MLPS filing's rules see it: the network, the proposed level, and the decision (null: undecided). */
public record LevelApprovalOnRecord(String reference, String networkId, int proposedLevel, String decision) {

    public boolean approved() {
        return "APPROVED".equals(decision);
    }
}
