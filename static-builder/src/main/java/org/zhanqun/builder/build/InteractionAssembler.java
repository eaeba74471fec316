package org.zhanqun.builder.build;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.builder.page.ChannelMonthView;
import org.zhanqun.builder.page.ChannelPage;
import org.zhanqun.builder.page.ConsultationPage;
import org.zhanqun.builder.page.ConsultationSummary;
import org.zhanqun.builder.page.ConsultationsPage;
import org.zhanqun.builder.page.InteractionForm;
import org.zhanqun.builder.page.LanguageLink;
import org.zhanqun.builder.page.LetterQueryPage;
import org.zhanqun.builder.page.LetterView;
import org.zhanqun.builder.page.Link;
import org.zhanqun.builder.page.PageContext;
import org.zhanqun.builder.page.Pagination;
import org.zhanqun.builder.page.ReportErrorPage;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.ChannelMonth;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.interaction.PublicConsultation;
import org.zhanqun.model.interaction.PublicInteraction;
import org.zhanqun.model.interaction.PublishedLetter;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;

/**
 * A site's interaction pages (互动交流) in one language, from the content's {@link PublicInteraction}:
 * each letter channel's page (rules, submission form, published letters, monthly figures), the
 * letter query page, the consultations and each consultation's page, and the 我为政府网站找错 page. Their
 * forms are plain HTML posting form-encoded to the content server's public API, so they work
 * without JavaScript.
 *
 * <p>Every site has the error report page (the footer of every page links to it); a site with
 * letter channels has their pages and the query page; a site with channels or consultations has the
 * consultations page. The pages read the interaction data, which a run's hint of changed items does
 * not cover, so they are always fingerprinted ({@link PageInputs#INTERACTION}); they are few.
 */
final class InteractionAssembler {

  static final int LETTERS_PER_PAGE = 20;

  /** How many months of figures a channel's page shows. */
  static final int MONTHS_SHOWN = 12;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final String LAYOUT_FOLDER = "interaction/";

  private final PublicInteraction interaction;
  private final Cluster cluster;
  private final PageParts parts;
  private final UrlScheme urls;
  private final String api;
  private final LocalDate today;

  /**
   * @param api the content server's API base, ending in {@code /}
   * @param today the build's day in the cluster's time zone: which consultations are open
   */
  InteractionAssembler(
      ContentIndex index, PageParts parts, UrlScheme urls, String api, LocalDate today) {
    this.interaction = index.interaction();
    this.cluster = index.cluster();
    this.parts = parts;
    this.urls = urls;
    this.api = api;
    this.today = today;
  }

  /** Every interaction page of {@code site} in {@code language}. */
  List<PageTask> tasks(Site site, String language) {
    List<PageTask> tasks = new ArrayList<>();
    List<Channel> channels = channelsOf(site);
    for (Channel channel : channels) {
      int pages = pageCount(interaction.lettersOf(site.id(), channel.code()).size());
      for (int page = 1; page <= pages; page++) {
        int number = page;
        tasks.add(
            task(
                site,
                urls.channelPath(site, language, channel.code(), page),
                language,
                b -> channelPage(site, language, channel, number),
                "channel.ftlh"));
      }
    }
    if (!channels.isEmpty()) {
      tasks.add(
          task(
              site,
              urls.letterQueryPath(site, language),
              language,
              b -> queryPage(site, language),
              "query.ftlh"));
    }
    if (hasConsultationsPage(site)) {
      tasks.add(
          task(
              site,
              urls.consultationsPath(site, language),
              language,
              b -> consultationsPage(site, language),
              "consultations.ftlh"));
      for (PublicConsultation consultation : interaction.consultationsOf(site.id())) {
        tasks.add(
            task(
                site,
                urls.consultationPath(site, language, consultation.code()),
                language,
                b -> consultationPage(site, language, consultation, b),
                "consultation.ftlh"));
      }
    }
    tasks.add(
        task(
            site,
            urls.reportErrorPath(site, language),
            language,
            b -> reportErrorPage(site, language),
            "report-error.ftlh"));
    return tasks;
  }

  /**
   * The links an {@code interaction} column's first page shows: each channel, the query page, the
   * consultations; empty for a site without them.
   */
  List<LanguageLink> columnLinks(Site site, String language) {
    List<LanguageLink> links = new ArrayList<>();
    for (Channel channel : channelsOf(site)) {
      links.add(
          new LanguageLink(
              channelName(channel, site, language),
              urls.url(urls.channelPath(site, language, channel.code(), 1)),
              otherThan(language, nameLanguage(channel.names(), site, language))));
    }
    if (!links.isEmpty()) {
      links.add(
          new LanguageLink(
              parts.title(language, "letters.query.title"),
              urls.url(urls.letterQueryPath(site, language)),
              null));
    }
    if (hasConsultationsPage(site)) {
      links.add(
          new LanguageLink(
              parts.title(language, "consultations.title"),
              urls.url(urls.consultationsPath(site, language)),
              null));
    }
    return links;
  }

  /**
   * Every interaction page of {@code site} in every language with its alternates, for the sitemap:
   * path → the page's path in each language.
   */
  Map<String, Map<String, String>> sitemapPages(Site site) {
    Map<String, Map<String, String>> pages = new TreeMap<>();
    for (Channel channel : channelsOf(site)) {
      addEverywhere(pages, site, l -> urls.channelPath(site, l, channel.code(), 1));
    }
    if (!channelsOf(site).isEmpty()) {
      addEverywhere(pages, site, l -> urls.letterQueryPath(site, l));
    }
    if (hasConsultationsPage(site)) {
      addEverywhere(pages, site, l -> urls.consultationsPath(site, l));
      for (PublicConsultation consultation : interaction.consultationsOf(site.id())) {
        addEverywhere(pages, site, l -> urls.consultationPath(site, l, consultation.code()));
      }
    }
    addEverywhere(pages, site, l -> urls.reportErrorPath(site, l));
    return pages;
  }

  private void addEverywhere(
      Map<String, Map<String, String>> pages, Site site, Function<String, String> path) {
    Map<String, String> alternates = new TreeMap<>();
    site.languages().forEach(l -> alternates.put(l, path.apply(l)));
    alternates.values().forEach(p -> pages.put(p, alternates));
  }

  /**
   * The site's channels but one whose code is the query page's folder ({@link
   * UrlScheme#RESERVED_CHANNEL_CODES}), which would take the query page's file.
   */
  private List<Channel> channelsOf(Site site) {
    return interaction.channelsOf(site.id()).stream()
        .filter(c -> !UrlScheme.RESERVED_CHANNEL_CODES.contains(c.code()))
        .toList();
  }

  private boolean hasConsultationsPage(Site site) {
    return !channelsOf(site).isEmpty() || !interaction.consultationsOf(site.id()).isEmpty();
  }

  private static PageTask task(
      Site site, String path, String language, Function<Bodies, Object> model, String layout) {
    return PageTask.html(
        site, path, language, model, PageInputs.INTERACTION, LAYOUT_FOLDER + layout);
  }

  private ChannelPage channelPage(Site site, String language, Channel channel, int page) {
    List<PublishedLetter> letters = interaction.lettersOf(site.id(), channel.code());
    int totalPages = pageCount(letters.size());
    List<Link> pageLinks = new ArrayList<>();
    for (int n = 1; n <= totalPages; n++) {
      pageLinks.add(
          new Link(
              String.valueOf(n), urls.url(urls.channelPath(site, language, channel.code(), n))));
    }
    String path = urls.channelPath(site, language, channel.code(), page);
    String name = channelName(channel, site, language);
    List<ChannelMonthView> months =
        interaction.monthsOf(site.id(), channel.code()).stream()
            .limit(MONTHS_SHOWN)
            .map(InteractionAssembler::month)
            .toList();
    return new ChannelPage(
        context(site, language, name, path, l -> urls.channelPath(site, l, channel.code(), page)),
        site.sourceLanguage(),
        channel.code(),
        name,
        nameLanguage(channel.names(), site, language),
        channel.kinds().stream().map(LetterKind::code).toList(),
        channel.replyDays(),
        form("public/letters", site, language, path),
        letters.stream()
            .skip((long) (page - 1) * LETTERS_PER_PAGE)
            .limit(LETTERS_PER_PAGE)
            .map(letter -> letter(letter, language))
            .toList(),
        months,
        urls.url(urls.letterQueryPath(site, language)),
        new Pagination(
            page,
            totalPages,
            letters.size(),
            page > 1 ? pageLinks.get(page - 2).url() : null,
            page < totalPages ? pageLinks.get(page).url() : null,
            pageLinks));
  }

  private LetterView letter(PublishedLetter letter, String language) {
    Optional<Site> replying = cluster.site(letter.replyingSite());
    return new LetterView(
        letter.number(),
        letter.kind().code(),
        letter.subject(),
        letter.question(),
        letter.received().format(DAY),
        letter.replied().format(DAY),
        replying.map(s -> parts.siteName(s, language)).orElse(letter.replyingSite()),
        replying.map(s -> nameLanguage(s.names(), s, language)).orElse(null),
        letter.reply());
  }

  private static ChannelMonthView month(ChannelMonth month) {
    return new ChannelMonthView(
        month.month().toString(),
        month.received(),
        month.answered(),
        format(month.averageWorkingDays(), v -> String.format(Locale.ROOT, "%.1f", v)),
        format(month.satisfaction(), v -> Math.round(v * 100) + "%"));
  }

  private static String format(OptionalDouble value, java.util.function.DoubleFunction<String> f) {
    return value.isPresent() ? f.apply(value.getAsDouble()) : null;
  }

  private LetterQueryPage queryPage(Site site, String language) {
    String path = urls.letterQueryPath(site, language);
    return new LetterQueryPage(
        context(
            site,
            language,
            parts.title(language, "letters.query.title"),
            path,
            l -> urls.letterQueryPath(site, l)),
        form("public/letters/status", site, language, path),
        channelsOf(site).stream()
            .map(
                c ->
                    new LanguageLink(
                        channelName(c, site, language),
                        urls.url(urls.channelPath(site, language, c.code(), 1)),
                        otherThan(language, nameLanguage(c.names(), site, language))))
            .toList());
  }

  private ConsultationsPage consultationsPage(Site site, String language) {
    List<ConsultationSummary> open = new ArrayList<>();
    List<ConsultationSummary> upcoming = new ArrayList<>();
    List<ConsultationSummary> closed = new ArrayList<>();
    for (PublicConsultation consultation : interaction.consultationsOf(site.id())) {
      ConsultationSummary summary =
          new ConsultationSummary(
              consultation.title(),
              urls.url(urls.consultationPath(site, language, consultation.code())),
              consultation.opens().format(DAY),
              consultation.closes().format(DAY),
              consultation.opinions(),
              consultation.result().isPresent());
      switch (state(consultation)) {
        case "open" -> open.add(summary);
        case "upcoming" -> upcoming.add(summary);
        default -> closed.add(summary);
      }
    }
    return new ConsultationsPage(
        context(
            site,
            language,
            parts.title(language, "consultations.title"),
            urls.consultationsPath(site, language),
            l -> urls.consultationsPath(site, l)),
        site.sourceLanguage(),
        open,
        upcoming,
        closed);
  }

  private ConsultationPage consultationPage(
      Site site, String language, PublicConsultation consultation, Bodies bodies) {
    String path = urls.consultationPath(site, language, consultation.code());
    String state = state(consultation);
    return new ConsultationPage(
        context(
            site,
            language,
            consultation.title(),
            path,
            l -> urls.consultationPath(site, l, consultation.code()),
            List.of(
                new Link(
                    parts.title(language, "consultations.title"),
                    urls.url(urls.consultationsPath(site, language))))),
        site.sourceLanguage(),
        state,
        consultation.opens().format(DAY),
        consultation.closes().format(DAY),
        consultation.opinions(),
        bodies.markdown(consultation.text()),
        state.equals("open")
            ? form(
                "public/consultations/" + site.id() + "/" + consultation.code() + "/opinions",
                site,
                language,
                path)
            : null,
        consultation.result().map(bodies::markdown).orElse(null),
        consultation.resultPublished().map(d -> d.format(DAY)).orElse(null),
        urls.url(urls.consultationsPath(site, language)));
  }

  /**
   * {@code upcoming} before its opening day, {@code open} from its opening to its closing day (both
   * included), {@code closed} after; the server refuses opinions outside that anyway.
   */
  private String state(PublicConsultation consultation) {
    if (today.isBefore(consultation.opens())) {
      return "upcoming";
    }
    return today.isAfter(consultation.closes()) ? "closed" : "open";
  }

  private ReportErrorPage reportErrorPage(Site site, String language) {
    String path = urls.reportErrorPath(site, language);
    return new ReportErrorPage(
        context(
            site,
            language,
            parts.title(language, "reportError.title"),
            path,
            l -> urls.reportErrorPath(site, l)),
        form("public/error-reports", site, language, path));
  }

  /** The context of a page that exists in every language of the site. */
  private PageContext context(
      Site site, String language, String title, String path, Function<String, String> pathIn) {
    return context(site, language, title, path, pathIn, List.of());
  }

  /**
   * The context of a page that exists in every language of the site, under the site's interaction
   * column when it has one (marked in the navigation, in the breadcrumbs), then {@code
   * extraCrumbs}.
   */
  private PageContext context(
      Site site,
      String language,
      String title,
      String path,
      Function<String, String> pathIn,
      List<Link> extraCrumbs) {
    Map<String, String> alternates = new TreeMap<>();
    site.languages().forEach(l -> alternates.put(l, pathIn.apply(l)));
    Optional<Column> column =
        site.allColumns().stream()
            .filter(c -> c.category() == ColumnCategory.INTERACTION)
            .findFirst();
    List<Link> crumbs =
        new ArrayList<>(
            column
                .map(c -> parts.crumbs(site, language, c, true))
                .orElseGet(() -> List.of(parts.homeCrumb(site, language))));
    crumbs.addAll(extraCrumbs);
    return parts.context(
        "interaction", site, language, title, path, alternates, column.orElse(null), crumbs);
  }

  private InteractionForm form(String endpoint, Site site, String language, String path) {
    return new InteractionForm(api + endpoint, site.id(), language, urls.absoluteUrl(path));
  }

  private String channelName(Channel channel, Site site, String language) {
    return channel.names().in(language, fallbacks(site));
  }

  /** The language {@code names} gives its text in for {@code language}, after the fallbacks. */
  private String nameLanguage(LocalizedText names, Site site, String language) {
    if (names.has(language)) {
      return language;
    }
    return fallbacks(site).stream().filter(names::has).findFirst().orElse(language);
  }

  private List<String> fallbacks(Site site) {
    return List.of(site.sourceLanguage(), cluster.defaultLanguage());
  }

  private static String otherThan(String language, String textLanguage) {
    return textLanguage.equals(language) ? null : textLanguage;
  }

  private static int pageCount(int letters) {
    return Math.max(1, (letters + LETTERS_PER_PAGE - 1) / LETTERS_PER_PAGE);
  }
}
