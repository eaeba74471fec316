package org.zhanqun.cms.interaction.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.security.CredentialService;

/**
 * Limits how often one client address may use a public door, per scope (a letter channel {@code
 * fgw/mailbox}, a consultation): {@code zhanqun.interaction.rate.per-address} submissions per
 * {@code zhanqun.interaction.rate.period}, and separately {@code
 * zhanqun.interaction.rate.queries-per-address} query-code look-ups per {@code
 * zhanqun.interaction.rate.query-period}. A token bucket per (address, scope), refilled gradually,
 * so that a burst up to the limit passes and then one request per period/limit. The buckets live in
 * this instance's memory, at most {@link #MAX_BUCKETS}, forgotten a period after their last use.
 * Thread-safe.
 */
@ApplicationScoped
public class SubmissionLimiter {

  /** At most this many (address, scope) buckets are remembered per kind. */
  static final long MAX_BUCKETS = 200_000;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.rate.per-address")
  int submissions;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.rate.period")
  Duration submissionPeriod;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.rate.queries-per-address")
  int queries;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.rate.query-period")
  Duration queryPeriod;

  @Inject CredentialService credentials;

  private Limit submissionLimit;
  private Limit queryLimit;

  @PostConstruct
  void start() {
    submissionLimit = new Limit("submissions", submissions, submissionPeriod);
    queryLimit = new Limit("query-code look-ups", queries, queryPeriod);
  }

  /**
   * The client address of a request: its socket's address, or the one a trusted proxy ({@code
   * zhanqun.http.trusted-proxies}) forwarded in {@code X-Forwarded-For} — the same as the login
   * throttle counts.
   */
  public String clientOf(HttpServletRequest request) {
    return credentials.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /**
   * Counts one submission of the address in the scope.
   *
   * @throws TooManySubmissionsException when the address has used up its submissions in the scope,
   *     with the time until the next one is admitted
   */
  public void admit(String clientAddress, String scope) {
    submissionLimit.take(clientAddress, scope);
  }

  /**
   * Counts one query-code look-up (status, rating) of the address in the scope.
   *
   * @throws TooManySubmissionsException when the address has used up its look-ups
   */
  public void admitQuery(String clientAddress, String scope) {
    queryLimit.take(clientAddress, scope);
  }

  /** One limit and its buckets. */
  private static final class Limit {

    private final String what;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    Limit(String what, int count, Duration period) {
      if (count < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "zhanqun.interaction.rate: "
                + what
                + " need a count of at least 1 and a positive period");
      }
      this.what = what;
      this.bandwidth = Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
      this.buckets =
          Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(period).build();
    }

    void take(String clientAddress, String scope) {
      Bucket bucket =
          buckets.get(
              clientAddress + " " + scope, key -> Bucket.builder().addLimit(bandwidth).build());
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        throw new TooManySubmissionsException(
            what, Duration.ofNanos(probe.getNanosToWaitForRefill()));
      }
    }
  }
}
