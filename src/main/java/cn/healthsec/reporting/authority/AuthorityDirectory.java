package cn.healthsec.reporting.authority;

import cn.healthsec.reporting.division.Division;
import cn.healthsec.reporting.division.DivisionLevel;
import cn.healthsec.reporting.division.DivisionList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which authority ids exist and how health commissions nest, over one division list.
 * Supervision follows the commission an institution is registered under (RULEBOOK §F.1), not its
 * address alone: an NHC-affiliated hospital in Beijing is not in Beijing's jurisdiction.
 */
public final class AuthorityDirectory {

    private final DivisionList divisions;

    public AuthorityDirectory(DivisionList divisions) {
        this.divisions = divisions;
    }

    /** The id if it is well formed and names a body that exists; empty for unknown or malformed ids. */
    public Optional<AuthorityId> resolve(String text) {
        return AuthorityId.parse(text).filter(this::exists);
    }

    public boolean exists(AuthorityId id) {
        if (id.isNational()) {
            return true;
        }
        if (id.isXpcc()) {
            return true;
        }
        return divisions.find(id.area())
                .filter(d -> d.level() != DivisionLevel.PREFECTURE || DivisionList.isGoverningPrefecture(d))
                .isPresent();
    }

    public Optional<AuthorityLevel> level(AuthorityId id) {
        if (!exists(id)) {
            return Optional.empty();
        }
        if (id.isNational()) {
            return Optional.of(AuthorityLevel.NATIONAL);
        }
        if (id.isXpcc()) {
            return Optional.of(AuthorityLevel.PROVINCIAL);
        }
        return divisions.find(id.area()).map(d -> switch (d.level()) {
            case PROVINCE -> AuthorityLevel.PROVINCIAL;
            case PREFECTURE -> AuthorityLevel.PREFECTURE;
            case COUNTY -> AuthorityLevel.COUNTY;
        });
    }

    /** The county health commission of a county-level division: the default supervisor. */
    public AuthorityId countyCommission(String countyCode) {
        return AuthorityId.healthCommission(countyCode);
    }

    /**
     * The health commissions above (and including) {@code supervisor}, narrowest first, ending with
     * the NHC: HC-110105 → [HC-110105, HC-110000, NHC]; HC-XPCC → [HC-XPCC, NHC].
     */
    public List<AuthorityId> supervisionChain(AuthorityId supervisor) {
        List<AuthorityId> chain = new ArrayList<>();
        if (!supervisor.isNational() && !supervisor.isXpcc()) {
            List<Division> areas = divisions.chain(supervisor.area());
            for (int i = areas.size() - 1; i >= 0; i--) {
                chain.add(AuthorityId.healthCommission(areas.get(i).code()));
            }
        } else if (supervisor.isXpcc()) {
            chain.add(supervisor);
        }
        chain.add(AuthorityId.NHC);
        return chain;
    }

    /**
     * The provincial-level health commission responsible for an institution: the NHC when the NHC
     * supervises it, HC-XPCC for XPCC institutions, otherwise the province of its location.
     */
    public AuthorityId provincialCommission(AuthorityId supervisor, String divisionCode) {
        if (supervisor.isNational() || supervisor.isXpcc()) {
            return supervisor;
        }
        return AuthorityId.healthCommission(divisionCode.substring(0, 2) + "0000");
    }

    /**
     * The key a per-province policy is configured under for an institution: its provincial
     * commission's area code, {@code XPCC}, or {@code NHC} for institutions the NHC supervises.
     */
    public String provinceKey(AuthorityId supervisor, String divisionCode) {
        AuthorityId province = provincialCommission(supervisor, divisionCode);
        return province.isNational() ? "NHC" : province.area();
    }

    /** Whether a supervisor may be registered for an institution located in {@code divisionCode}. */
    public boolean canSupervise(AuthorityId supervisor, String divisionCode) {
        if (!supervisor.isHealthCommission() || !exists(supervisor)) {
            return false;
        }
        if (supervisor.isNational()) {
            return true;
        }
        if (supervisor.isXpcc()) {
            return divisionCode.startsWith("65");
        }
        return divisions.contains(supervisor.area(), divisionCode);
    }

    /**
     * The jurisdiction of a health commission as a SQL LIKE pattern over institutions' supervisor
     * ids; the same set {@link #supervisionChain} describes, since GB/T 2260 codes nest by prefix:
     * NHC → every institution, HC-440000 → "HC-44%", HC-440100 → "HC-4401%", a county → itself.
     * Empty for bodies that supervise no institution (CAC, PSB).
     */
    public Optional<String> supervisedPattern(AuthorityId authority) {
        if (!authority.isHealthCommission()) {
            return Optional.empty();
        }
        if (authority.isNational()) {
            return Optional.of("%");
        }
        if (authority.isXpcc()) {
            return Optional.of(authority.toString());
        }
        String code = authority.area();
        String prefix = code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
        return Optional.of("HC-" + prefix + "%");
    }

    /**
     * The health commissions whose institutions {@code authority} supervises, as a list: the ids
     * {@link #supervisedPattern} matches among those that exist (itself and every commission below it;
     * for the NHC every commission), sorted; empty for bodies that supervise none.
     */
    public List<AuthorityId> supervisedCommissions(AuthorityId authority) {
        Optional<String> pattern = supervisedPattern(authority);
        if (pattern.isEmpty()) {
            return List.of();
        }
        if (authority.isXpcc()) {
            return List.of(authority);
        }
        String prefix = authority.isNational() ? "" : pattern.get().substring("HC-".length(), pattern.get().length() - 1);
        List<AuthorityId> commissions = new ArrayList<>();
        if (authority.isNational()) {
            commissions.add(AuthorityId.NHC);
            commissions.add(AuthorityId.healthCommission(AuthorityId.XPCC));
        }
        divisions.all().stream().map(Division::code).filter(c -> c.startsWith(prefix)).map(AuthorityId::healthCommission)
                .filter(this::exists).forEach(commissions::add);
        return commissions.stream().sorted(Comparator.comparing(AuthorityId::toString)).toList();
    }

    public DivisionList divisions() {
        return divisions;
    }
}
