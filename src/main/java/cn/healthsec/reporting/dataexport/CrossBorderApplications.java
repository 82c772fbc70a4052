package cn.healthsec.reporting.dataexport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.stream.Collectors;

/** The cross-border applications the local commission approved, for the rules that accept one as the basis of an export. */
@ApplicationScoped
public class CrossBorderApplications {

    /** The references of the institution's approved applications (current versions only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> approved(String uscc) {
        return CrossBorderApplicationEntity.<CrossBorderApplicationEntity>list("institutionUscc = ?1 and decision = 'APPROVED'", uscc)
                .stream().map(a -> a.reference).collect(Collectors.toUnmodifiableSet());
    }
}
