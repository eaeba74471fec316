package org.zhanqun.builder.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param sites how many sites were built
 * @param languages the languages of the built sites
 * @param pages the rendered outputs of the build's scope (HTML pages, feeds, sitemap, search data)
 * @param rendered how many of those were rendered this time (the rest were unchanged)
 * @param files the copied files in scope (theme assets, form files)
 * @param copied how many of those were copied this time
 * @param deleted outputs of the previous version that no longer exist
 * @param phases how long each phase took, in the order they ran
 * @param writtenPaths the outputs rendered or copied this time, sorted
 * @param removedPaths the outputs removed this time, sorted
 * @param missingUiStrings {@code "<lang>: <key>"} for every UI string a language lacks
 * @param translationCoverage per site and language, e.g. {@code "fgw en: 12 of 40 (30%)"}
 * @param problems the items and sites the build left out so that the rest could publish, and why;
 *     empty when it built everything
 */
public record BuildReport(
    int sites,
    List<String> languages,
    int pages,
    int rendered,
    int files,
    int copied,
    int deleted,
    Duration took,
    Map<String, Duration> phases,
    List<String> writtenPaths,
    List<String> removedPaths,
    List<String> missingUiStrings,
    List<String> translationCoverage,
    List<BuildProblem> problems) {

  public BuildReport {
    problems = List.copyOf(problems);
  }
}
