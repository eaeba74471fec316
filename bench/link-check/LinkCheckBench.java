import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhanqun.audit.link.BrokenLink;
import org.zhanqun.audit.link.LinkCheckOptions;
import org.zhanqun.audit.link.LinkCheckSummary;
import org.zhanqun.audit.link.LinkChecker;
import org.zhanqun.audit.link.LinkReport;
import org.zhanqun.audit.link.PublishedCluster;
import org.zhanqun.builder.source.ContentReader;

/**
 * Link checking of a published cluster in one JVM, as the audit engine runs it: internal links
 * only (external checking off: the bench has no network).
 *
 * <pre>
 * java -cp CLASSPATH bench/link-check/LinkCheckBench.java --content DIR --output DIR [--runs N]
 * </pre>
 *
 * Prints a markdown table: a first (JIT-cold) check, then N checks with their median, min and max
 * wall time, internal links per second at the median, and the figures of the last report.
 */
public class LinkCheckBench {

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    Path content = Path.of(value(arguments, "--content", "content"));
    Path output = Path.of(value(arguments, "--output", "bench/link-check/work/public"));
    int runs = Integer.parseInt(value(arguments, "--runs", "5"));

    PublishedCluster cluster = PublishedCluster.of(output, new ContentReader().read(content).cluster());
    LinkChecker checker = new LinkChecker(LinkCheckOptions.defaults().withExternalEnabled(false));

    LinkReport first = checker.check(cluster);
    List<Double> millis = new ArrayList<>();
    LinkReport last = first;
    for (int i = 0; i < runs; i++) {
      last = checker.check(cluster);
      millis.add(last.summary().duration().toNanos() / 1e6);
    }
    List<Double> sorted = millis.stream().sorted().toList();
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(sorted.size() / 2)
            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    LinkCheckSummary s = last.summary();

    System.out.println("| check (one JVM) | median ms | min ms | max ms | internal links/s | pages/s |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    System.out.printf(
        "| first check (JIT cold) | %.0f | | | %.0f | %.0f |%n",
        first.summary().duration().toNanos() / 1e6,
        s.internalChecked() / (first.summary().duration().toNanos() / 1e9),
        s.pagesScanned() / (first.summary().duration().toNanos() / 1e9));
    System.out.printf(
        "| warm check (%d runs) | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
        runs,
        median,
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        s.internalChecked() / (median / 1e3),
        s.pagesScanned() / (median / 1e3));
    System.out.println();
    System.out.printf(
        "Pages scanned %d; links found %d: internal %d, external %d (not checked), skipped %d"
            + " (mailto:, tel:, …).%n",
        s.pagesScanned(), s.linksFound(), s.internalChecked(), s.notChecked(), s.skipped());
    System.out.printf(
        "Broken internal links %d; missing anchors %d; distinct external URLs not checked %d.%n",
        s.brokenInternal(),
        s.missingAnchors(),
        last.notChecked().stream().map(l -> l.url().toString().replaceAll("#.*", "")).distinct().count());
    for (BrokenLink broken : last.broken().stream().limit(10).toList()) {
      System.out.printf(
          "- broken: %s → %s (%s)%n",
          broken.link().page().path(), broken.link().href(), broken.failure().detail());
    }
    for (BrokenLink missing : last.missingAnchors().stream().limit(10).toList()) {
      System.out.printf(
          "- missing anchor: %s → %s (%s)%n",
          missing.link().page().path(), missing.link().href(), missing.failure().detail());
    }
  }

  private static String value(List<String> arguments, String name, String fallback) {
    int index = arguments.indexOf(name);
    return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
  }
}
