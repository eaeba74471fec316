package org.zhanqun.proofreading;

import java.util.Arrays;

/**
 * Written spans {@code [start, end)} (guard or allow-list matches), answering whether a finding's
 * span lies inside one of them in logarithmic time.
 */
final class Spans {

  private long[] packed = new long[8];
  private int size;
  private int[] starts;
  private int[] maxEnds;

  void add(int start, int end) {
    if (size == packed.length) {
      packed = Arrays.copyOf(packed, size * 2);
    }
    packed[size++] = ((long) start << 32) | (end & 0xFFFFFFFFL);
    starts = null;
  }

  /**
   * Whether {@code [start, end)} lies inside a span; with {@code strictly}, inside a longer span (a
   * span equal to it does not count).
   */
  boolean contain(int start, int end, boolean strictly) {
    if (size == 0) {
      return false;
    }
    if (starts == null) {
      sort();
    }
    // spans starting before start: the farthest end among them
    int before = lastBelow(start);
    if (before >= 0 && maxEnds[before] >= end) {
      return true;
    }
    // spans starting at start
    int at = lastBelow(start + 1);
    if (at > before) {
      return strictly ? maxEnds[at] > end : maxEnds[at] >= end;
    }
    return false;
  }

  /** The index of the last span whose start is below {@code value}, or -1. */
  private int lastBelow(int value) {
    int low = 0;
    int high = size - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < value) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private void sort() {
    Arrays.sort(packed, 0, size);
    starts = new int[size];
    maxEnds = new int[size];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      starts[i] = (int) (packed[i] >>> 32);
      max = Math.max(max, (int) packed[i]);
      maxEnds[i] = max;
    }
  }
}
