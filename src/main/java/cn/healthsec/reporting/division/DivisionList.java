package cn.healthsec.reporting.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An immutable GB/T 2260 division list. Municipalities have no prefecture entry (110105 sits
 * directly under 110000), so the parent of a county is its prefecture only where the list has one.
 */
public final class DivisionList {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final Map<String, Division> byCode;

    public DivisionList(Collection<Division> divisions) {
        TreeMap<String, Division> map = new TreeMap<>();
        for (Division d : divisions) {
            if (map.put(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code());
            }
        }
        this.byCode = Map.copyOf(map);
    }

    /** Reads {@code code,name,level} CSV with a header line, as shipped in {@code reference/gbt2260-divisions.csv}. */
    /** The longest division name stored (the longest in GB/T 2260 has 15 characters). */
    public static final int MAX_NAME_LENGTH = 100;

    public static DivisionList parseCsv(Reader reader) throws IOException {
        List<Division> divisions = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line = in.readLine();
            if (line == null || !line.trim().replace("\uFEFF", "").equals("code,name,level")) {
                throw new IllegalArgumentException("the first line must be the header code,name,level");
            }
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != 3 || !CODE.matcher(cols[0].trim()).matches() || cols[1].isBlank()) {
                    throw new IllegalArgumentException("line " + lineNo + " is not code,name,level");
                }
                String name = cols[1].trim();
                if (name.length() > MAX_NAME_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
                    throw new IllegalArgumentException("line " + lineNo + " has a name that is too long or holds control characters");
                }
                DivisionLevel level;
                try {
                    level = DivisionLevel.parse(cols[2]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNo + " has an unknown level");
                }
                divisions.add(new Division(cols[0].trim(), name, level));
            }
        }
        return new DivisionList(divisions);
    }

    public Optional<Division> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public Collection<Division> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /** The province, prefecture (where listed) and county containing {@code code}, widest first. */
    public List<Division> chain(String code) {
        List<Division> chain = new ArrayList<>();
        Division d = byCode.get(code);
        if (d == null) {
            return chain;
        }
        find(d.provinceCode()).ifPresent(chain::add);
        if (d.level() == DivisionLevel.COUNTY) {
            find(d.prefectureCode()).filter(DivisionList::isGoverningPrefecture).ifPresent(chain::add);
        }
        if (d.level() != DivisionLevel.PROVINCE) {
            chain.add(d);
        }
        return chain;
    }

    /**
     * Whether a division has a government of its own. The "xx90xx" entries (省/自治区直辖县级行政区划,
     * e.g. 659000) only group counties that a province governs directly: there is no commission there.
     */
    public static boolean isGoverningPrefecture(Division d) {
        return d.level() == DivisionLevel.PREFECTURE && !d.code().startsWith("90", 2);
    }

    /** Whether division {@code inner} lies within (or is) division {@code outer}. */
    public boolean contains(String outer, String inner) {
        return chain(inner).stream().anyMatch(d -> d.code().equals(outer));
    }
}
