package cn.healthsec.reporting.submission;

import cn.healthsec.reporting.institution.InstitutionService;
import cn.healthsec.reporting.institution.Jurisdiction;
import cn.healthsec.reporting.problem.ProblemException;
import cn.healthsec.reporting.reference.ReferenceData;
import cn.healthsec.reporting.routing.Deliveries;
import cn.healthsec.reporting.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one rule of who may see a submission (or an incident, whose reports form a thread): an
 * institution its own; an authority what was delivered to it — any report of the thread or
 * version of the lineage — and, for a health commission, the records of institutions in its
 * jurisdiction. Anything else is "not found", so ids cannot be probed. Asked of one record
 * ({@link #maySee}) or, by a listing, as a SQL condition ({@link #appendCondition}); the incident
 * capability asks both for its own tables.
 */
@ApplicationScoped
public class Visibility {

    @Inject
    InstitutionService institutions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Deliveries deliveries;

    /** Whether the caller may see a record of {@code institutionUscc} whose reports are {@code thread}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean maySee(Caller caller, String institutionUscc, Collection<UUID> thread) {
        if (caller.actsForInstitution()) {
            return institutionUscc.equals(caller.uscc());
        }
        if (!caller.isAuthority()) {
            return false;
        }
        String me = caller.authority().toString();
        if (deliveries.delivered(thread).stream().anyMatch(d -> d.authorityId().equals(me))) {
            return true;
        }
        return institutions.find(institutionUscc).map(i -> Jurisdiction.covers(caller, i, referenceData.authorities())).orElse(false);
    }

    /**
     * The submissions that go with this one — its incident's thread and its versions (itself alone
     * when it has neither): receiving one shows the others.
     */
    List<UUID> related(SubmissionEntity s) {
        if (s.threadId == null && s.version == 1 && s.state == null) {
            return List.of(s.id);
        }
        return SubmissionEntity.<SubmissionEntity>list("(threadId is not null and threadId = ?1) or lineageId = ?2", s.threadId, s.lineageId)
                .stream().map(t -> t.id).toList();
    }

    /**
     * The rule of {@link #maySee} as a condition appended to {@code sql}: an institution its own
     * ({@code institutionColumn}); an authority what the condition {@code deliveredToMe} finds
     * delivered to it (over routing's published {@code delivery} view, using {@code :me}) and, for a
     * health commission, the institutions it supervises (the registry's published
     * {@code registered_institution}). Its parameters are added to {@code params}.
     */
    public void appendCondition(Caller caller, String institutionColumn, String deliveredToMe, StringBuilder sql, Map<String, Object> params) {
        if (caller.actsForInstitution()) {
            sql.append(" and ").append(institutionColumn).append(" = :uscc");
            params.put("uscc", caller.uscc());
        } else if (caller.isAuthority()) {
            // The supervised institutions first: one hashed look-up per row, where most rows a commission
            // sees are decided; what was delivered to it is probed by index for the rest.
            sql.append(" and (");
            referenceData.authorities().supervisedPattern(caller.authority()).ifPresent(pattern -> {
                sql.append(institutionColumn).append(" in (select r.uscc from registered_institution r")
                        .append(" where r.supervising_authority_id like :supervisors) or ");
                params.put("supervisors", pattern);
            });
            sql.append(deliveredToMe).append(")");
            params.put("me", caller.authority().toString());
        } else {
            throw ProblemException.forbidden("role");
        }
    }
}
