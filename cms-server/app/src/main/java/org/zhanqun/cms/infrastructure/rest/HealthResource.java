package org.zhanqun.cms.infrastructure.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Whether the server is up and reaches its database, and which of its parts ({@link HealthCheck})
 * are unusable; needs no login. A part that is down makes the answer {@code DEGRADED} but still
 * 200: the server serves everything else (editors write drafts; the part's doors answer 503 with
 * the reason), so a load balancer must not take every instance out for it. The reason is logged,
 * not answered.
 */
@Path("health")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public class HealthResource {

  private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

  /**
   * The server's view of its own state.
   *
   * @param status {@code UP}, {@code DEGRADED} (the database is up, a part is down) or {@code DOWN}
   * @param database {@code UP} or {@code DOWN}
   * @param parts each part by name ({@code proofreading}) with {@code UP} or {@code DOWN}
   */
  public record Health(String status, String database, Map<String, String> parts) {}

  @Resource(lookup = "java:app/jdbc/zhanqun")
  DataSource dataSource;

  @Inject Instance<HealthCheck> checks;

  @GET
  @Operation(
      summary =
          "200 when the server and its database answer (status DEGRADED when a part such as"
              + " proofreading is down), 503 otherwise")
  public Response health() {
    Map<String, String> parts = new TreeMap<>();
    for (HealthCheck check : checks) {
      Optional<String> problem = check.problem();
      problem.ifPresent(p -> LOG.warning(() -> "health: " + check.name() + " is down: " + p));
      parts.put(check.name(), problem.isPresent() ? "DOWN" : "UP");
    }
    boolean partDown = parts.containsValue("DOWN");
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      String status = !valid ? "DOWN" : partDown ? "DEGRADED" : "UP";
      return Response.status(valid ? 200 : 503)
          .entity(new Health(status, valid ? "UP" : "DOWN", parts))
          .build();
    } catch (SQLException e) {
      // the driver's message names hosts and users: for the log, not for the answer
      LOG.log(Level.WARNING, "health: the database cannot be reached", e);
      return Response.status(503).entity(new Health("DOWN", "DOWN", parts)).build();
    }
  }
}
