package warta.server.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Map;
import warta.core.Warta;

/** A test-only endpoint that fetches {@code {"url": ...}} with the server's reader, as a url input would be. */
@Path("/v1/test/fetch")
public class FetchResource {

    private final Warta warta;

    FetchResource(Warta warta) {
        this.warta = warta;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String fetch(Map<String, String> body) {
        return warta.reader().readUrl(URI.create(body.get("url"))).content();
    }
}
