import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.builder.build.BuildReport;
import org.zhanqun.builder.build.ClusterBuild;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.model.item.Item;

/**
 * In-process build timings, the figures a running content server sees: the same ClusterBuild
 * instance builds a cluster again and again in one JVM.
 *
 * <pre>
 * java -cp "$(cat cp.txt)" bench/build-vs-hugo/WarmRebuild.java --content DIR --output DIR [--runs N]
 * </pre>
 *
 * Prints a markdown table: reading the content, a first (JIT-cold) full build, warm full builds
 * (--full: every page rendered, bodies cached), no-op rebuilds, and rebuilds after one changed
 * item (its title and body changed in memory, as the server would hand it over).
 */
public class WarmRebuild {

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    Path content = Path.of(value(arguments, "--content", "content"));
    Path output = Path.of(value(arguments, "--output", "target/warm-out"));
    int runs = Integer.parseInt(value(arguments, "--runs", "5"));
    Path templates = Path.of(value(arguments, "--templates", "site-templates"));
    Path i18n = Path.of(value(arguments, "--i18n", "i18n"));

    long t0 = System.nanoTime();
    ContentSet set = new ContentReader().read(content);
    double readMs = ms(t0);

    ClusterBuild full =
        new ClusterBuild(
            new ClusterBuild.Settings(templates, i18n, output, Optional.empty(), Optional.empty(), true),
            ClusterBuild.Progress.NONE);
    ClusterBuild incremental =
        new ClusterBuild(
            new ClusterBuild.Settings(templates, i18n, output, Optional.empty(), Optional.empty(), false),
            ClusterBuild.Progress.NONE);

    t0 = System.nanoTime();
    BuildReport first = full.run(set);
    double firstMs = ms(t0);

    List<Double> warmFull = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      t0 = System.nanoTime();
      full.run(set);
      warmFull.add(ms(t0));
    }
    List<Double> noop = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      t0 = System.nanoTime();
      incremental.run(set);
      noop.add(ms(t0));
    }
    List<Double> oneChange = new ArrayList<>();
    List<Integer> rendered = new ArrayList<>();
    String lastPhases = "";
    Item target =
        set.items().stream()
            .filter(i -> !i.draft() && i.type().code().equals("news"))
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < runs; i++) {
      ContentSet changed = withChangedItem(set, target, i);
      t0 = System.nanoTime();
      BuildReport report = incremental.run(changed);
      oneChange.add(ms(t0));
      rendered.add(report.rendered());
      lastPhases = report.phases().toString();
    }
    // as the content server runs it: told which translation group changed
    List<Double> hinted = new ArrayList<>();
    String hintedPhases = "";
    for (int i = 0; i < runs; i++) {
      ContentSet changed = withChangedItem(set, target, runs + i);
      t0 = System.nanoTime();
      BuildReport report = incremental.run(changed, Optional.of(Set.of(target.reference())));
      hinted.add(ms(t0));
      rendered.add(report.rendered());
      hintedPhases = report.phases().toString();
    }

    System.out.println("| in-process (one JVM) | median ms | min ms | max ms | rendered |");
    System.out.println("|---|---:|---:|---:|---:|");
    System.out.printf("| read content (%d items) | %.0f | | | |%n", set.items().size(), readMs);
    System.out.printf("| first full build (JIT cold) | %.0f | | | %d |%n", firstMs, first.rendered());
    row("warm full build (--full)", warmFull, first.rendered());
    row("no-op rebuild", noop, 0);
    row("one item changed", oneChange, rendered.get(runs - 1));
    row("one item changed, told which (as the server runs it)", hinted, rendered.get(rendered.size() - 1));
    System.out.printf("%nPages in the cluster: %d; files: %d%n", first.pages(), first.files());
    System.out.println("Phases of the last one-item rebuild: " + lastPhases);
    System.out.println("Phases of the last one-item rebuild told which: " + hintedPhases);
  }

  private static ContentSet withChangedItem(ContentSet set, Item target, int n) {
    List<Item> items = new ArrayList<>(set.items());
    Item changed =
        new Item(
            target.site(), target.column(), target.slug(), target.language(), target.type(),
            target.title() + "（修订" + n + "）", target.translationKey(), target.summary(),
            target.source(), target.tags(), target.published(), target.updated(), target.draft(),
            target.body() + "\n\n修订 " + n, target.policy(), target.interpretation(),
            target.guide(), target.form(), target.file(), target.contentHash() + "-" + n);
    items.set(items.indexOf(target), changed);
    return new ContentSet(set.cluster(), items);
  }

  private static void row(String name, List<Double> times, int rendered) {
    List<Double> sorted = times.stream().sorted().toList();
    System.out.printf(
        "| %s | %.0f | %.0f | %.0f | %d |%n",
        name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), rendered);
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static String value(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at >= 0 && at + 1 < args.size()) {
      return args.get(at + 1);
    }
    if (Files.exists(Path.of(fallback)) || !name.equals("--content")) {
      return fallback;
    }
    throw new IllegalArgumentException(name + " is required");
  }
}
