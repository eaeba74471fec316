package org.zhanqun.cms.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the public item list ({@code GET /public/items}), as one
 * {@code @BeanParam}: the editors' filters without status and text, as readers see live items only.
 * One instance per request.
 */
public class PublicItemListParameters {

  @QueryParam("site")
  String site;

  @QueryParam("column")
  Long column;

  @QueryParam("type")
  String type;

  @QueryParam("language")
  String language;

  @QueryParam("updatedSince")
  @Parameter(description = "ISO date-time with offset; items published since")
  String updatedSince;

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
      description = "updatedAt|createdAt|published|title|id[,asc|desc]; default published,desc")
  String sort;

  /**
   * The parameters parsed.
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming each invalid one
   */
  ItemFilters filters() {
    return ItemFilters.read(
        site, column, type, language, null, updatedSince, null, page, size, sort);
  }
}
