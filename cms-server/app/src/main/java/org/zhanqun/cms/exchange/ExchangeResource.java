package org.zhanqun.cms.exchange;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/**
 * Import and export of the cluster as a content folder inside the server's exchange folder
 * (administrators).
 */
@Path("exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "exchange")
public class ExchangeResource {

  @Inject ContentImportService imports;
  @Inject ContentExportService exports;

  @POST
  @Path("import")
  @Operation(
      summary =
          "Import a content folder of the server's exchange folder, named relative to it"
              + " (administrator): 400 with every problem as"
              + " {field: file:line, reason}; 422 when proofreading finds what blocks"
              + " publication (errors {field: file:field, reason} and every finding in"
              + " 'findings') unless allowFindings is true; else the counts of what was created,"
              + " updated and left unchanged and the findings let pass")
  @SecurityRequirement(name = "bearer")
  public ImportReportView importFolder(
      @Valid @NotNull(message = "is required") FolderRequest request) {
    return imports.importFolder(request.folder(), Boolean.TRUE.equals(request.allowFindings()));
  }

  @POST
  @Path("export")
  @Operation(
      summary =
          "Export the published state to a new or empty folder of the server's exchange folder,"
              + " named relative to it (administrator); 400 for a path outside it or a file, 409"
              + " when the folder is not empty")
  @SecurityRequirement(name = "bearer")
  public ExportReportView exportFolder(
      @Valid @NotNull(message = "is required") FolderRequest request) {
    if (request.allowFindings() != null) {
      throw new InvalidInputException("allowFindings", "only an import proofreads; leave it out");
    }
    return exports.exportTo(request.folder());
  }
}
