package warta.server.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint that fails the way a bug would, to see what the caller gets. */
@Path("/test/failure")
public class FailingResource {

    static final String SECRET = "connection string jdbc:secret@internal";

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
