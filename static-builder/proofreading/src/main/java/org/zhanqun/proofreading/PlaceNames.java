package org.zhanqun.proofreading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official administrative-division names (divisions.tsv, generated from a public data set) and
 * the misspellings generated from them: each name's stem (the name without its longest
 * administrative suffix) with one character left out, two neighbours swapped or one doubled, the
 * suffix kept. Every official name is a guard, so that 齐哈尔市 inside 齐齐哈尔市 is no finding.
 */
final class PlaceNames {

  static final String RESOURCE = "divisions.tsv";

  /** Administrative suffixes, longest first so that the longest is stripped. */
  private static final List<String> SUFFIXES =
      List.of(
          "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "矿区", "特区", "新区", "省", "市", "县", "区",
          "旗", "盟");

  /**
   * The shortest stem a misspelling may have: two characters and a suffix are too often ordinary
   * words (花园区域, 江口市场) or other names (正白旗), so a three-character stem is not shortened.
   */
  private static final int MIN_STEM = 3;

  private final List<String> names;

  private PlaceNames(List<String> names) {
    this.names = names;
  }

  /** The names in the built-in divisions.tsv. */
  static PlaceNames builtIn() {
    try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the proofreading module");
      }
      List<String> names = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
          throw new IllegalStateException(RESOURCE + ": expected code, name and level: " + line);
        }
        names.add(columns[1].strip());
      }
      return new PlaceNames(List.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlaceNames of(List<String> names) {
    return new PlaceNames(List.copyOf(names));
  }

  List<String> names() {
    return names;
  }

  /** Every official name, each once. */
  Set<String> guards() {
    return new LinkedHashSet<>(names);
  }

  /**
   * The misspellings, each with the official names it may stand for (joined with " or " when
   * several places give the same misspelling); none equals an official name.
   */
  Map<String, String> misspellings() {
    Set<String> official = guards();
    Map<String, Set<String>> variants = new LinkedHashMap<>();
    for (String name : official) {
      String suffix = suffix(name);
      String stem = name.substring(0, name.length() - suffix.length());
      if (stem.codePointCount(0, stem.length()) < MIN_STEM
          || stem.length() != stem.codePointCount(0, stem.length())) {
        continue;
      }
      for (String variant : variants(stem)) {
        String written = variant + suffix;
        if (!official.contains(written)) {
          variants.computeIfAbsent(written, key -> new LinkedHashSet<>()).add(name);
        }
      }
    }
    Map<String, String> misspellings = new LinkedHashMap<>();
    variants.forEach((variant, names) -> misspellings.put(variant, String.join(" or ", names)));
    return misspellings;
  }

  static String suffix(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return suffix;
      }
    }
    return "";
  }

  /**
   * The stem with one character left out (when at least {@link #MIN_STEM} remain), two neighbours
   * swapped or one character doubled.
   */
  static Set<String> variants(String stem) {
    Set<String> variants = new LinkedHashSet<>();
    int n = stem.length();
    for (int i = 0; i < n; i++) {
      if (n - 1 >= MIN_STEM) {
        variants.add(stem.substring(0, i) + stem.substring(i + 1));
      }
      variants.add(stem.substring(0, i + 1) + stem.charAt(i) + stem.substring(i + 1));
      if (i + 1 < n && stem.charAt(i) != stem.charAt(i + 1)) {
        variants.add(
            stem.substring(0, i) + stem.charAt(i + 1) + stem.charAt(i) + stem.substring(i + 2));
      }
    }
    variants.remove(stem);
    return variants;
  }
}
