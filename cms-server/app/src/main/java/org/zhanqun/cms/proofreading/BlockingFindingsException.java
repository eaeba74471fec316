package org.zhanqun.cms.proofreading;

import java.util.List;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Proofreading found what must not go live and no one gave a reason to let it pass (422). Carries
 * every finding, those that only warn too, so that the client shows them all at once; each blocking
 * finding is also a field error.
 */
public class BlockingFindingsException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<?> findings;

  /**
   * @param what what is refused: {@code publication}, {@code the import}
   * @param errors one per blocking finding, with the field it is in
   * @param findings all findings, JSON-ready
   */
  public BlockingFindingsException(String what, List<FieldError> errors, List<?> findings) {
    super(Failure.UNPROCESSABLE, summary(what, errors), errors);
    this.findings = List.copyOf(findings);
  }

  /** Refuses an item whose findings (some of them blocking) are {@code findings}. */
  public static BlockingFindingsException ofItem(List<FindingView> findings) {
    return new BlockingFindingsException(
        "publication",
        findings.stream()
            .filter(FindingView::blocks)
            .map(f -> new FieldError(f.field(), f.reason()))
            .toList(),
        findings);
  }

  private static String summary(String what, List<FieldError> errors) {
    String first =
        String.join(
            "; ", errors.stream().limit(5).map(e -> e.field() + ": " + e.reason()).toList());
    return errors.size()
        + (errors.size() == 1 ? " finding blocks " : " findings block ")
        + what
        + ": "
        + first
        + (errors.size() > 5 ? "; …" : "");
  }

  @Override
  public List<?> findings() {
    return findings;
  }
}
