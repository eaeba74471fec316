package org.zhanqun.cms.infrastructure.rest;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the server is up and reaches its database; needs no login. */
@Path("health")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public class HealthResource {

  private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

  /** The server's view of its own state. */
  public record Health(String status, String database) {}

  @Resource(lookup = "java:app/jdbc/zhanqun")
  DataSource dataSource;

  @GET
  @Operation(summary = "200 when the server and its database answer, 503 otherwise")
  public Response health() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return Response.status(valid ? 200 : 503)
          .entity(new Health(valid ? "UP" : "DOWN", valid ? "UP" : "DOWN"))
          .build();
    } catch (SQLException e) {
      // the driver's message names hosts and users: for the log, not for the answer
      LOG.log(Level.WARNING, "health: the database cannot be reached", e);
      return Response.status(503).entity(new Health("DOWN", "DOWN")).build();
    }
  }
}
