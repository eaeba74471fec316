package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.attachment.FileReplaced;
import org.zhanqun.cms.attachment.FileView;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;

/**
 * Which items use a file, and publishing them again when its content is replaced. An item uses a
 * file as a form ({@code form.fileId}, in the working copy or the live revision) or links to it: a
 * guide that offers such a form (its {@code forms} or {@code materials[].form}), or a body that
 * links to the file by its API address ({@code /files/{id}/content}), to the public download of a
 * form offering it ({@code /public/items/{form}/file}) or, within the file's site, to its published
 * copy ({@code /files/<name>}, as the static builder names a form's file).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FileUsageService {

  @Inject ContentRepository repository;
  @Inject AttachmentService attachments;
  @Inject CurrentCaller currentCaller;
  @Inject Event<LiveContentChanged> liveChanged;

  /** The file and the items that use it, by id; for editors of the file's site. */
  public FileUsageView usage(long fileId) {
    FileView file = attachments.file(fileId);
    Caller caller = currentCaller.require();
    Map<Long, FileUse> uses = new LinkedHashMap<>();
    List<ContentItem> forms = repository.formsOffering(fileId);
    forms.forEach(form -> use(form, "form", caller).ifPresent(u -> uses.putIfAbsent(u.id(), u)));
    List<ContentItem> links = new ArrayList<>();
    List<String> anywhere = new ArrayList<>();
    anywhere.add("/files/" + fileId + "/content");
    for (ContentItem form : forms) {
      links.addAll(repository.guidesUsing(form.id()));
      anywhere.add("/public/items/" + form.id() + "/file");
    }
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    List<String> inSite =
        encoded.equals(file.fileName())
            ? List.of("/files/" + file.fileName())
            : List.of("/files/" + file.fileName(), "/files/" + encoded);
    links.addAll(repository.bodiesContaining(anywhere, file.site(), inSite));
    links.forEach(item -> use(item, "link", caller).ifPresent(u -> uses.putIfAbsent(u.id(), u)));
    return new FileUsageView(
        file,
        uses.values().stream().sorted(java.util.Comparator.comparingLong(FileUse::id)).toList());
  }

  /**
   * Publishes again every live form that offers the replaced file, in the replacing transaction (an
   * outbox entry each, as for any change of live content): the publisher copies the new bytes and
   * renders the form's page and the pages that link to it.
   */
  void republish(@Observes FileReplaced replaced) {
    for (ContentItem form : repository.formsOffering(replaced.fileId())) {
      boolean offersLive =
          form.liveContent()
              .map(ItemContent::form)
              .map(f -> Long.valueOf(replaced.fileId()).equals(f.fileId()))
              .orElse(false);
      if (offersLive) {
        liveChanged.fire(new LiveContentChanged(form.id(), "file"));
      }
    }
  }

  private static Optional<FileUse> use(ContentItem item, String how, Caller caller) {
    if (caller.administrator() || caller.evaluator() || caller.canEdit(item.siteId())) {
      return Optional.of(
          new FileUse(
              item.id(),
              item.siteId(),
              item.type().code(),
              item.language().tag(),
              item.title(),
              item.status().code(),
              how));
    }
    return item.liveContent()
        .map(
            live ->
                new FileUse(
                    item.id(),
                    item.siteId(),
                    item.type().code(),
                    item.language().tag(),
                    live.title(),
                    null,
                    how));
  }
}
