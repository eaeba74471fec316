package org.zhanqun.cms.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.ItemEditingService;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.security.SecretToken;

/**
 * Preview links: an editor or reviewer of an item's site makes one; whoever holds it sees the
 * item's working copy rendered with the site's real templates until it expires. The public never
 * reaches an unpublished version without the link.
 */
@ApplicationScoped
public class PreviewService {

  @Inject PublishRepository repository;
  @Inject ItemEditingService content;
  @Inject PublishService publishing;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.preview.ttl")
  Duration ttl;

  /** A new link to the item's working copy; editors and reviewers of its site only. */
  @Transactional
  public PreviewLinkView link(long itemId) {
    LiveItem item = content.workingCopyForPreview(itemId);
    Instant now = clock.instant();
    repository.removePreviewTokensExpiredBefore(now);
    SecretToken token = SecretToken.random();
    Instant expiresAt = now.plus(ttl);
    repository.add(
        new PreviewToken(token.hash(), item.id(), caller.require().username(), now, expiresAt));
    return new PreviewLinkView(item.id(), "/api/v1/preview/" + token.value(), expiresAt);
  }

  /** The page the link shows, as of now; 404 for an unknown or expired link. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] page(String token) {
    PreviewToken found =
        repository
            .previewToken(SecretToken.hashOf(token))
            .filter(t -> t.isValidAt(clock.instant()))
            .orElseThrow(UnknownPreviewException::new);
    return publishing.preview(content.workingCopyForPreviewLink(found.itemId()));
  }
}
