package cn.healthsec.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Who owns which table, as ARCHITECTURE.md says; which tables the migrations leave; which tables a source file names in SQL. */
final class TableOwners {

    /** A table after the words SQL names one with. */
    private static final Pattern IN_SQL = Pattern.compile("\\b(?:from|join|update|into|table|truncate)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A string literal: a text block or an ordinary one. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /** {@code `capability`: `table`, `table`} in the tables column of the layers table. */
    private static final Pattern OWNED = Pattern.compile("`([a-z]+)`: ((?:`[a-z_]+`(?:, )?)+)");

    private TableOwners() {
    }

    /** Table → capability, from the "tables" column of ARCHITECTURE.md's layers table. */
    static Map<String, String> fromArchitectureMd() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (String line : Files.readAllLines(Paths.get("ARCHITECTURE.md"))) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Matcher m = OWNED.matcher(cells[cells.length - 1]);
            while (m.find()) {
                for (String table : m.group(2).replace("`", "").split(", ")) {
                    if (owners.put(table.trim(), m.group(1)) != null) {
                        throw new IllegalStateException("ARCHITECTURE.md gives " + table + " two owners");
                    }
                }
            }
        }
        return owners;
    }

    /** The tables the migrations leave: created, less dropped; a partition is its parent's. */
    static Set<String> inMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern created = Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)(\\s+partition\\s+of)?");
        Pattern dropped = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        try (Stream<Path> files = Files.list(Paths.get("src/main/resources/db/migration"))) {
            for (Path file : files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                String sql = Files.readString(file);
                Matcher c = created.matcher(sql);
                while (c.find()) {
                    if (c.group(2) == null) {
                        tables.add(c.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                Matcher d = dropped.matcher(sql);
                while (d.find()) {
                    tables.remove(d.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** The tables the string literals of a Java source name in SQL. */
    static Set<String> namedInSql(String source) {
        Set<String> out = new LinkedHashSet<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher m = IN_SQL.matcher(text);
            while (m.find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
