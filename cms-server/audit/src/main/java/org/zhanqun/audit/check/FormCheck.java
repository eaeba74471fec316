package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.FORM_MISSING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Rule;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.item.ItemReference;
import org.zhanqun.model.site.ContentType;

/**
 * {@code form-missing}: a form a guide names (in {@code forms} or a material's {@code form}) that
 * is not offered: the reference does not resolve to a form visible on the as-of date, or, when the
 * published folder is given, its file is not in it. One deduction per guide and form.
 */
final class FormCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(FORM_MISSING);
  }

  @Override
  public List<Finding> run(SiteContent site) {
    Optional<Rule> enabled = site.enabled(FORM_MISSING);
    if (enabled.isEmpty()) {
      return List.of();
    }
    Rule rule = enabled.get();
    Optional<Path> published = site.evidence().published();
    List<Finding> findings = new ArrayList<>();
    for (Item guide : site.itemsOfType(ContentType.GUIDE)) {
      for (ItemReference reference : references(guide.guide())) {
        Optional<Item> form =
            site.cluster()
                .resolve(reference, guide.language())
                .filter(i -> i.type() == ContentType.FORM);
        if (form.isEmpty()) {
          // the fragment names the form, so two missing forms of one guide are two findings
          findings.add(
              site.finding(
                  rule,
                  site.columnPath(guide),
                  site.ref(guide),
                  site.itemUrl(guide)
                      + "#form-"
                      + reference.site()
                      + "-"
                      + reference.translationKey(),
                  new Text(
                      "办事指南「"
                          + guide.title()
                          + "」引用的表格 "
                          + reference
                          + " 截至 "
                          + site.asOf()
                          + " 未发布",
                      "service guide \""
                          + guide.title()
                          + "\" names the form "
                          + reference
                          + ", which is not published up to "
                          + site.asOf()),
                  "form " + reference + " offered for download",
                  "not published"));
          continue;
        }
        Optional<String> file = site.formFilePath(form.get());
        if (published.isPresent()
            && file.isPresent()
            && !Files.isRegularFile(published.get().resolve(file.get()))) {
          findings.add(
              site.finding(
                  rule,
                  site.columnPath(guide),
                  site.ref(guide),
                  site.publishedUrl(file.get()),
                  new Text(
                      "办事指南「" + guide.title() + "」的表格文件 " + file.get() + " 不在发布目录中，无法下载",
                      "the form file "
                          + file.get()
                          + " of service guide \""
                          + guide.title()
                          + "\" is not in the published folder: it does not download"),
                  "file " + file.get() + " published",
                  "file missing"));
        }
      }
    }
    return findings;
  }

  private static Set<ItemReference> references(GuidePart<ItemReference> guide) {
    return guide == null ? Set.of() : new LinkedHashSet<>(guide.allForms());
  }
}
