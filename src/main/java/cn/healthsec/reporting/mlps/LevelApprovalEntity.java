package cn.healthsec.reporting.mlps;

import cn.healthsec.reporting.submission.ApplicationRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.time.LocalDate;

/**
 * A level approval request as the MLPS rules read it: its reference, the network and proposed level,
 * the planned go-live, and the superior's standing decision ({@link ApplicationRow}).
 */
@Entity
@Table(name = "level_approval_request")
@SQLRestriction("not withdrawn")
public class LevelApprovalEntity extends ApplicationRow {

    public String networkId;

    public short proposedLevel;

    public LocalDate plannedGoLiveOn;
}
