package org.zhanqun.audit.rule;

/**
 * The continuous freshness score of a column with an update limit: 100 while its age is at most
 * {@code fullUntil} × limit, 0 from {@code zeroAt} × limit on, linear in between. Tells a column
 * two days from its limit from one two years past it.
 *
 * @param fullUntil a fraction of the limit, at least 0 and below {@code zeroAt}
 * @param zeroAt a multiple of the limit, above {@code fullUntil}
 */
public record FreshnessCurve(double fullUntil, double zeroAt) {

  public FreshnessCurve {
    if (fullUntil < 0 || zeroAt <= fullUntil) {
      throw new IllegalArgumentException(
          "need 0 <= fullUntil < zeroAt, found " + fullUntil + " and " + zeroAt);
    }
  }

  /** The score, 0 to 100, of a column whose newest item is {@code ageDays} old. */
  public double score(long ageDays, long limitDays) {
    double full = fullUntil * limitDays;
    double zero = zeroAt * limitDays;
    if (ageDays <= full) {
      return 100;
    }
    if (ageDays >= zero) {
      return 0;
    }
    return 100 * (zero - ageDays) / (zero - full);
  }
}
