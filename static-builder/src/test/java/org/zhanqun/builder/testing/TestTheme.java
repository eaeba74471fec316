package org.zhanqun.builder.testing;

/**
 * A minimal pair of themes ({@code portal}, {@code department}) and UI strings for builder tests,
 * written with {@link TestContent#write}: each template prints the parts of its model a test
 * asserts on, in plain, greppable markup. Real themes live in {@code site-templates/}.
 */
public final class TestTheme {

  private TestTheme() {}

  /** Templates: {@code _shared} layouts and formats, and the two theme folders with one asset. */
  public static final String TEMPLATES =
      """
      -- _shared/layouts/base.ftlh --
      <#macro layout><!DOCTYPE html>
      <html lang="${page.context.language}"><head><title>${page.context.title} - ${page.context.site.name}</title>
      <link rel="canonical" href="${page.context.canonicalUrl}">
      <#list page.context.alternates as a><link rel="alternate" hreflang="${a.hreflang}" href="${a.url}">
      </#list></head><body>
      <nav class="languages"><#list page.context.languages as l><a class="lang<#if l.current> current</#if>" hreflang="${l.language}" href="${l.url}">${l.label}</a>
      </#list></nav>
      <nav class="columns"><#list page.context.navigation as n><a href="${n.url}"<#if n.current> aria-current="true"</#if>>${n.name}</a>
      </#list></nav>
      <ol class="crumbs"><#list page.context.breadcrumbs as c><li><a href="${c.url}">${c.text}</a></li></#list></ol>
      <main><#nested></main>
      <footer>${msg("footer.sponsor")}: ${page.context.site.department}<#if page.context.site.siteCode??> ${page.context.site.siteCode}</#if></footer>
      </body></html>
      </#macro>
      <#macro list items><ul class="items"><#list items as i><li><a href="${i.url}">${i.title}</a> <time>${i.date}</time></li>
      </#list></ul></#macro>
      -- _shared/layouts/home.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${page.context.site.name}</h1>
      <#list page.blocks as b><section><h2><a href="${b.url}">${b.name}</a></h2><@base.list items=b.items/></section></#list>
      <section class="services"><@base.list items=page.services/></section>
      <section class="department-news"><#list page.departmentNews as i><a href="${i.url}">${i.siteName}: ${i.title}</a>
      </#list></section></@base.layout>
      -- _shared/layouts/column.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${page.name}</h1><@base.list items=page.items/>
      <p class="pages">${page.pagination.page}/${page.pagination.totalPages}<#if page.pagination.nextUrl??> <a rel="next" href="${page.pagination.nextUrl}">next</a></#if></p></@base.layout>
      -- _shared/layouts/item.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${page.title}</h1><p class="summary">${page.summary}</p>
      <div class="body">${page.bodyHtml?no_esc}</div>
      <#list page.interpretations as i><a class="interpretation" href="${i.url}">${i.title}</a></#list>
      <#list page.interprets as i><a class="interprets" href="${i.url}">${i.title}</a></#list>
      <#if page.policy??><table class="policy"><tr><th>${msg("policy.indexNo")}</th><td>${page.policy.indexNo}</td></tr><tr><th>文号</th><td>${page.policy.docNo!}</td></tr></table></#if>
      <#if page.guide??><#list page.guide.forms as f><a class="form" href="${f.url}">${f.text}</a></#list><#list page.guide.missing as m><span class="missing">${m}</span></#list></#if>
      <#if page.file??><a class="download" href="${page.file.url}">${page.file.name} ${page.file.format} ${page.file.size}</a></#if>
      <#list page.usedBy as g><a class="used-by" href="${g.url}">${g.title}</a></#list></@base.layout>
      -- _shared/layouts/sites.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${msg("sites.title")}</h1><#list page.sites as s><a class="site" href="${s.url}">${s.name}</a>
      </#list></@base.layout>
      -- _shared/layouts/search.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${msg("search.title")}</h1>
      <form role="search" action="${page.context.site.searchUrl}" data-api="${page.apiUrl}" data-site="${page.site}"><input name="q"></form></@base.layout>
      -- _shared/layouts/interaction/channel.ftlh --
      <#import "../base.ftlh" as base><@base.layout><h1>${page.name}</h1><form action="${page.form.action}"></form>
      <#list page.letters as l><p class="letter">${l.received} ${l.replied} ${l.replyingSite} ${l.reply}</p></#list></@base.layout>
      -- _shared/layouts/interaction/query.ftlh --
      <#import "../base.ftlh" as base><@base.layout><h1>${page.context.title}</h1><form action="${page.form.action}"></form></@base.layout>
      -- _shared/layouts/interaction/consultations.ftlh --
      <#import "../base.ftlh" as base><@base.layout><h1>${page.context.title}</h1><#list page.open + page.upcoming + page.closed as c><a href="${c.url}">${c.title}</a></#list></@base.layout>
      -- _shared/layouts/interaction/consultation.ftlh --
      <#import "../base.ftlh" as base><@base.layout><h1>${page.context.title}</h1><p class="state">${page.state}</p>${page.textHtml?no_esc}</@base.layout>
      -- _shared/layouts/interaction/report-error.ftlh --
      <#import "../base.ftlh" as base><@base.layout><h1>${page.context.title}</h1><form action="${page.form.action}"></form></@base.layout>
      -- _shared/layouts/404.ftlh --
      <#import "base.ftlh" as base><@base.layout><h1>${msg("notfound.title")}</h1></@base.layout>
      -- _shared/formats/atom.ftlx --
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}"><id>${feed.id}</id><title>${feed.title}</title><updated>${feed.updated}</updated>
      <link rel="self" href="${feed.selfUrl}"/><#list feed.entries as e>
      <entry><id>${e.id}</id><title>${e.title}</title><link href="${e.url}"/><updated>${e.updated}</updated><content type="html">${e.contentHtml}</content></entry></#list>
      </feed>
      -- _shared/formats/sitemap.ftlx --
      <?xml version="1.0" encoding="utf-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><#list sitemap.urls as u>
      <url><loc>${u.loc}</loc><#list u.alternates as a><xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.url}"/></#list></url></#list>
      </urlset>
      -- _shared/formats/sitemapindex.ftlx --
      <?xml version="1.0" encoding="utf-8"?>
      <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><#list sitemaps.sitemaps as s>
      <sitemap><loc>${s}</loc></sitemap></#list>
      </sitemapindex>
      -- _shared/formats/search.json.ftl --
      [<#list search.items as i>{"title":${i.title?c},"url":${i.url?c}}<#sep>,</#list>]
      -- _shared/assets/css/site.css --
      body { font-family: sans-serif; }
      -- portal/assets/css/theme.css --
      body { color: #b31b1b; }
      -- department/assets/css/theme.css --
      body { color: #1f4e8c; }
      """;

  /** UI strings in zh-CN and en; en lacks {@code footer.sponsor} (falls back, is reported). */
  public static final String I18N =
      """
      -- site_zh_CN.properties --
      language.self=中文
      nav.home=首页
      footer.sponsor=主办单位
      policy.indexNo=索引号
      sites.title=部门网站
      notfound.title=页面不存在
      search.title=搜索
      -- site_en.properties --
      language.self=English
      nav.home=Home
      policy.indexNo=Index No.
      sites.title=Department Websites
      notfound.title=Page not found
      search.title=Search
      """;
}
