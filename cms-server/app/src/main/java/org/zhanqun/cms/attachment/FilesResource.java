package org.zhanqun.cms.attachment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A site's files. Upload sends the raw bytes as the body with the file name as a query parameter;
 * the format is decided by the extension and checked against the content.
 */
@Path("")
@Tag(name = "files")
@SecurityRequirement(name = "bearer")
public class FilesResource {

  @Inject AttachmentService attachments;

  @POST
  @Path("sites/{site}/files")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Upload a file (editor of the site)",
      description =
          "Body: the file's bytes. Accepted: pdf, doc, docx, xls, xlsx, odt, ods, wps, ofd, zip, up"
              + " to zhanqun.upload.max-bytes (413 above, 415 for another type).")
  public Response upload(
      @PathParam("site") String site,
      @QueryParam("name") String name,
      InputStream content,
      @Context UriInfo uri) {
    FileView created = attachments.upload(site, name, content);
    return Response.created(
            uri.getBaseUriBuilder().path("files").path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("sites/{site}/files")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The site's files (editor of the site)")
  public List<FileView> list(@PathParam("site") String site) {
    return attachments.files(site);
  }

  @GET
  @Path("files/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A file's metadata (editor of its site)")
  public FileView get(@PathParam("id") long id) {
    return attachments.file(id);
  }

  @GET
  @Path("files/{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file (editor of its site)")
  public Response content(@PathParam("id") long id) {
    return download(attachments.download(id));
  }

  @PUT
  @Path("files/{id}/content")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a file's content, keeping its id (editor of its site)",
      description =
          "Body: the new bytes; 'name' the new file name (default: the current one). The same"
              + " checks as an upload (413 above zhanqun.upload.max-bytes, 415 for another type or"
              + " content that is not what the name says); a refused replacement keeps the old"
              + " content. Items offering the file keep offering it; live forms that offer it are"
              + " published again.")
  @APIResponse(responseCode = "200", description = "the file's new metadata")
  @APIResponse(responseCode = "400", description = "an empty body or an unsafe name")
  @APIResponse(responseCode = "403", description = "not an editor of the file's site")
  @APIResponse(responseCode = "404", description = "no such file")
  @APIResponse(responseCode = "413", description = "larger than the limit")
  @APIResponse(responseCode = "415", description = "a type not accepted, or content unlike it")
  public FileView replaceContent(
      @PathParam("id") long id, @QueryParam("name") String name, InputStream content) {
    return attachments.replaceContent(id, name, content);
  }

  @DELETE
  @Path("files/{id}")
  @Operation(summary = "Delete a file that no form uses (editor of its site)")
  public Response delete(@PathParam("id") long id) {
    attachments.delete(id);
    return Response.noContent().build();
  }

  /**
   * The file as a download, with its name, type, length and checksum; its bytes are streamed from
   * the database after the headers, a slice at a time.
   */
  public static Response download(FileDownload download) {
    FileView file = download.file();
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    StreamingOutput bytes = download::writeTo;
    return Response.ok(bytes, file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("Content-Length", file.size())
        .header("Digest", "sha-256=" + file.sha256())
        .header("ETag", "\"" + file.sha256() + "\"")
        .build();
  }
}
