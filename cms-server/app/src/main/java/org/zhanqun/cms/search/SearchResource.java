package org.zhanqun.cms.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/** The cluster search (public, no login) and the index's administration. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

  @Inject SearchService search;
  @Inject IndexingService indexing;
  @Inject SearchStatus status;

  @GET
  @Public
  @Operation(
      summary = "Search the published cluster",
      description =
          "Full-text search over every live item of every site (Chinese word segmentation,"
              + " English and Russian stemming), with facets, highlighted snippets and spelling"
              + " suggestions. A 文号 or 索引号 as the query returns that document first. Needs no"
              + " login; answers may be cached for a few seconds.")
  @APIResponse(responseCode = "200", description = "a page of results with facets")
  @APIResponse(responseCode = "400", description = "a parameter is invalid; each is named")
  @APIResponse(
      responseCode = "503",
      description = "Solr cannot be reached just now, or too many searches are waiting")
  public Response search(
      @Parameter(description = "the words; empty: everything, newest first (≤ 200 characters)")
          @QueryParam("q")
          String q,
      @Parameter(description = "a site id, e.g. fgw") @QueryParam("site") String site,
      @Parameter(description = "a column id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("column")
          String column,
      @Parameter(description = "news, policy, interpretation, guide, form or page")
          @QueryParam("type")
          String type,
      @Parameter(description = "a language tag, e.g. zh-CN, en") @QueryParam("lang") String lang,
      @Parameter(
              description =
                  "first publication on or after this date, YYYY-MM-DD, 1000-01-01 to 2999-12-31")
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "first publication on or before this date, YYYY-MM-DD, 1000-01-01 to 2999-12-31")
          @QueryParam("to")
          String to,
      @Parameter(description = "发文机关, exactly") @QueryParam("issuer") String issuer,
      @Parameter(description = "relevance (default) or date (newest first)") @QueryParam("sort")
          String sort,
      @Parameter(
              description = "1-based page; page × size ≤ 10000",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "results per page, 1 to 50 (default 10)",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("size")
          String size) {
    SearchResultView result =
        search.search(
            SearchQuery.parse(q, site, column, type, lang, from, to, issuer, sort, page, size));
    // Public data for static pages that may be served from another origin (a CDN).
    return Response.ok(result)
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=5")
        .build();
  }

  @POST
  @Path("reindex")
  @Operation(
      summary = "Rebuild the index from the database (administrators)",
      description =
          "Queues every live item; the indexer sends them to Solr in batches. With clear=true the"
              + " index is emptied first, so search shows nothing until the queue is drained.")
  public ReindexView reindex(@QueryParam("clear") @DefaultValue("false") boolean clear) {
    return new ReindexView(indexing.reindex(clear), clear);
  }

  @GET
  @Path("status")
  @Operation(
      summary = "Whether Solr answers, how many documents and pending changes (administrators)")
  public SearchStatusView status() {
    return status.now();
  }
}
