package warta.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error response. {@code type} is
 * {@code about:blank}, so {@code title} is the HTTP status phrase and {@code detail} says what was
 * wrong in one line. {@code errorId} is set only for a 500: the same id is in the server log,
 * next to the stack trace that the body never shows.
 *
 * @param type always {@code about:blank}
 * @param title the status phrase, such as {@code Bad Request}
 * @param status the HTTP status code
 * @param detail one line for the caller
 * @param instance the request path, or null
 * @param errorId the id of an unexpected error, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String errorId) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final int INSUFFICIENT_STORAGE = 507;

    /** A problem with {@code status}'s phrase as title and no error id. */
    public static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", phrase(status), status, detail, instance, null);
    }

    /** The same problem, carrying the id of an unexpected error. */
    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, id);
    }

    /** This problem as a response with the problem media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    private static String phrase(int status) {
        if (status == INSUFFICIENT_STORAGE) {
            return "Insufficient Storage"; // RFC 4918; JAX-RS has no constant for it
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
