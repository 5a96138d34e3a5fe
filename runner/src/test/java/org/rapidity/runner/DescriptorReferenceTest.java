package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapidity reference}: the checked-in {@code docs/descriptor-reference.md} is what the
 * command generates now, and it names every component and parameter {@code rapidity list}
 * prints, under the same category.
 */
class DescriptorReferenceTest {

    @TempDir
    Path tmp;

    /** The command with an empty plugin folder, so that only the built-in components count. */
    private Cli cli(String... args) throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("no-plugins"));
        String[] all = new String[args.length + 2];
        all[0] = "--plugins";
        all[1] = plugins.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    /** The repository's root: the first folder above the working directory holding docs/. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("runner"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with docs/ above "
                + Path.of("").toAbsolutePath());
    }

    @Test
    void checkedInReferenceIsCurrent() throws IOException {
        Cli c = cli("reference");
        assertEquals(0, c.status(), c.err());
        Path file = repositoryRoot().resolve("docs/descriptor-reference.md");
        assertTrue(Files.exists(file), "missing " + file + "; create it with "
                + DescriptorReference.COMMAND);
        List<String> expected = c.out().lines().toList();
        List<String> actual = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(end of file)";
            String have = i < actual.size() ? actual.get(i) : "(end of file)";
            if (!want.equals(have)) {
                fail("docs/descriptor-reference.md is out of date (line " + (i + 1) + ": has '"
                        + have + "', the components give '" + want + "'); regenerate it with "
                        + DescriptorReference.COMMAND);
            }
        }
    }

    @Test
    void outWritesWhatIsPrinted() throws IOException {
        Path file = tmp.resolve("reference.md");
        Cli written = cli("reference", "--out", file.toString());
        assertEquals(0, written.status(), written.err());
        assertEquals(cli("reference").out(), Files.readString(file, StandardCharsets.UTF_8));
        Cli bad = cli("reference", "--out", tmp.resolve("missing/folder/r.md").toString());
        assertEquals(Main.INVALID_INPUT, bad.status());
        assertTrue(bad.err().startsWith("error: --out: no such folder"), bad.err());
    }

    @Test
    void everyComponentAndParameterOfListIsInTheReference() throws IOException {
        Cli list = cli("list");
        assertEquals(0, list.status(), list.err());
        Map<String, Map<String, List<String>>> listed = parseList(list.out());
        Map<String, Map<String, List<String>>> referenced = parseReference(cli("reference").out());
        assertTrue(listed.containsKey("Models") && listed.containsKey("Solvers"), listed.keySet()
                .toString());
        assertTrue(listed.get("Solvers").containsKey("landau"), "list shows the solvers");
        for (var category : listed.entrySet()) {
            Map<String, List<String>> inReference = referenced.get(category.getKey());
            assertTrue(inReference != null, "no section '## " + category.getKey()
                    + "' in the reference");
            assertEquals(category.getValue().keySet(), inReference.keySet(),
                    "components of " + category.getKey());
            for (var component : category.getValue().entrySet()) {
                assertEquals(component.getValue(), inReference.get(component.getKey()),
                        "parameters of " + component.getKey());
            }
        }
        // the one required rod length of hard rods, with its unit and range
        assertTrue(cli("reference").out().contains(
                "| `a` | number | length | required | >= 0 | rod length (a = 0: free particles) |"));
    }

    @Test
    void pipesInsideCellsAreEscaped() throws IOException {
        // e.g. the hierarchy's z_max mentions |z|: an unescaped pipe would split the row
        for (String line : cli("reference").out().lines().toList()) {
            if (line.startsWith("| `")) {
                String unescaped = line.replace("\\|", "");
                assertEquals(7, unescaped.chars().filter(ch -> ch == '|').count(), line);
            }
        }
    }

    /** {@code rapidity list}: "Models:", "  hardrods - …", "      a (length, …): …". */
    private static final Pattern[] LIST = {Pattern.compile("^([A-Z][a-z ]*):$"),
        Pattern.compile("^  ([a-z][a-z0-9-]*) - "), Pattern.compile("^      (\\S+) \\(")};
    /** The reference: "## Models", "### `hardrods`", "| `a` | …". */
    private static final Pattern[] REFERENCE = {Pattern.compile("^## (.+)$"),
        Pattern.compile("^### `([^`]+)`$"), Pattern.compile("^\\| `([^`]+)` \\|")};

    static Map<String, Map<String, List<String>>> parseList(String text) {
        return parse(text, LIST);
    }

    static Map<String, Map<String, List<String>>> parseReference(String text) {
        return parse(text, REFERENCE);
    }

    /** category → component → parameter names, by the line patterns of each level. */
    private static Map<String, Map<String, List<String>>> parse(String text, Pattern[] levels) {
        Map<String, Map<String, List<String>>> result = new LinkedHashMap<>();
        Map<String, List<String>> category = null;
        List<String> parameters = null;
        for (String line : text.lines().toList()) {
            Matcher c = levels[0].matcher(line);
            Matcher n = levels[1].matcher(line);
            Matcher p = levels[2].matcher(line);
            if (c.find()) {
                category = new LinkedHashMap<>();
                result.put(c.group(1), category);
            } else if (n.find() && category != null) {
                parameters = new ArrayList<>();
                category.put(n.group(1), parameters);
            } else if (p.find() && parameters != null) {
                parameters.add(p.group(1));
            }
        }
        assertFalse(result.isEmpty(), "nothing parsed from:\n" + text);
        return result;
    }
}
