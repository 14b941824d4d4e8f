package warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure the project promises, read from the main sources of core, cli and server (the
 * front ends' folders beside core's, in the project's checkout): no cycles between packages, no
 * framework in core, one place that makes the article processor and no engine part made by a
 * front end, test fixtures out of main code, and front ends that stay thin.
 */
class ArchitectureTest {

    private static final Path CORE = Path.of("src/main/java");
    private static final List<Path> FRONT_ENDS =
            List.of(Path.of("../cli/src/main/java"), Path.of("../server/src/main/java"));
    /** A class of ours named with its package, in an import or in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(warta(?:\\.[a-z][a-z0-9_]*)+)(?:\\.[A-Z]|\\.\\*;)");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final List<String> FRAMEWORKS = List.of(
            "io.quarkus.",
            "jakarta.",
            "javax.",
            "picocli.",
            "io.micrometer.",
            "io.smallrye.",
            "io.vertx.",
            "org.jboss.",
            "org.eclipse.microprofile.");
    /** What only {@link Warta} may make: a front end that makes one of these is a second engine. */
    private static final List<String> ENGINE_PARTS = List.of(
            "new ArticleProcessor(",
            "new ArticlePreparer(",
            "new ArticleReader(",
            "new Inspector(",
            "ChatModels.",
            "new AdaptiveLimiter(",
            "new ResponseCache(",
            "BatchRunner.open(",
            "new BatchSources(",
            "new JobRunner(",
            "new JobStore(",
            "new JobQueue(",
            "new WorkQueue(",
            "ModelProbe.",
            "new CachedProbe(",
            "new LazyChatModel(",
            "Inspector.withDefaults(");

    @Test
    void should_have_no_cycles_between_packages() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : sources()) {
            String text = withoutComments(read(file));
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            Set<String> uses = graph.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
            Matcher ref = REFERENCE.matcher(text);
            while (ref.find()) {
                if (!ref.group(1).equals(pkg.group(1))) {
                    uses.add(ref.group(1));
                }
            }
        }

        assertThat(graph).containsKeys("warta.core", "warta.core.process");
        assertThat(cycles(graph)).as("packages that depend on each other").isEmpty();
    }

    @Test
    void should_find_the_front_ends_beside_core() {
        assertThat(FRONT_ENDS).allMatch(Files::isDirectory);
    }

    @Test
    void should_keep_core_free_of_frameworks_in_imports_and_in_code() {
        for (Path file : files(CORE)) {
            String code = withoutComments(read(file));
            assertThat(FRAMEWORKS).as(file.toString()).noneMatch(framework -> code.contains(framework));
        }
    }

    @Test
    void should_let_the_front_ends_make_no_engine_part_of_their_own() {
        for (Path file : FRONT_ENDS.stream().flatMap(d -> files(d).stream()).toList()) {
            String code = withoutComments(read(file));
            assertThat(ENGINE_PARTS).as(file.toString()).noneMatch(part -> code.contains(part));
        }
    }

    @Test
    void should_make_the_article_processor_in_one_place_and_ship_no_test_fixture() {
        long sites = sources().stream()
                .mapToLong(f -> count(read(f), "new ArticleProcessor("))
                .sum();

        assertThat(sites).isEqualTo(1);
        assertThat(files(CORE))
                .noneMatch(f -> f.getFileName().toString().matches("GgufWriter\\.java|RandomLlamaGguf\\.java"));
    }

    @Test
    void should_keep_the_front_ends_at_most_15_percent_of_the_main_code() {
        long core = lines(files(CORE));
        long frontEnds = FRONT_ENDS.stream().mapToLong(d -> lines(files(d))).sum();

        assertThat((double) frontEnds / (core + frontEnds))
                .as("%d front-end lines of %d", frontEnds, core + frontEnds)
                .isLessThanOrEqualTo(0.15);
    }

    /** Every group of two or more packages that reach each other (Tarjan's strongly connected components). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    @Test
    void should_find_a_cycle_when_there_is_one() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

        assertThat(cycles(new TreeMap<>(graph))).containsExactly(Set.of("a", "b", "c"));
    }

    private static List<Path> sources() {
        List<Path> all = new ArrayList<>(files(CORE));
        FRONT_ENDS.forEach(d -> all.addAll(files(d)));
        return all;
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(List<Path> files) {
        return files.stream().mapToLong(f -> read(f).lines().count()).sum();
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The code without its comments: a class named in a comment is not a dependency. */
    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
