package org.zhanqun.cms.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the editors' item list ({@code GET /items}), as one {@code @BeanParam}:
 * numbers are read by {@code StrictParameters}, page and size checked by Bean Validation, the rest
 * parsed by {@link #filters()}. One instance per request.
 */
public class ItemListParameters {

  @QueryParam("site")
  String site;

  @QueryParam("column")
  Long column;

  @QueryParam("type")
  String type;

  @QueryParam("language")
  String language;

  @QueryParam("status")
  @Parameter(description = "draft, in_review, scheduled, published, withdrawn")
  String status;

  @QueryParam("updatedSince")
  @Parameter(description = "ISO date-time with offset")
  String updatedSince;

  @QueryParam("q")
  @Parameter(
      description =
          "1 to 100 characters that the title, slug, summary, 文号 (docNo) or 索引号"
              + " (indexNo) contain, case-insensitive")
  String q;

  @QueryParam("page")
  @Parameter(description = "1-based, default 1")
  @Min(value = 1, message = "from 1 to " + ItemFilters.MAX_PAGE)
  @Max(value = ItemFilters.MAX_PAGE, message = "from 1 to " + ItemFilters.MAX_PAGE)
  Integer page;

  @QueryParam("size")
  @Parameter(description = "1 to 100, default 20")
  @Min(value = 1, message = "from 1 to " + ItemFilters.MAX_SIZE)
  @Max(value = ItemFilters.MAX_SIZE, message = "from 1 to " + ItemFilters.MAX_SIZE)
  Integer size;

  @QueryParam("sort")
  @Parameter(
      description = "updatedAt|createdAt|published|title|id[,asc|desc]; default updatedAt,desc")
  String sort;

  /**
   * The parameters parsed.
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming each invalid one
   */
  ItemFilters filters() {
    return ItemFilters.read(
        site, column, type, language, status, updatedSince, q, page, size, sort);
  }
}
