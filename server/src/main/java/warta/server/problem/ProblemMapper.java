package warta.server.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import warta.core.InputException;

/**
 * The one place where exceptions become responses (a request over the size limit is refused
 * before it reaches JAX-RS, by {@link BodyLimit}): every error is an RFC 9457
 * {@link Problem} ({@code application/problem+json}). Bad input ({@link InputException},
 * unreadable JSON) is 400; JAX-RS errors keep their status (404, 405, 415 ...); anything else,
 * including a {@link warta.core.WartaException} that is not about the input, is 500 with an
 * error id that is logged together with the stack trace, and the body names neither the
 * exception nor its message.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response badInput(InputException e, UriInfo uri) {
        return Problem.of(400, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return Problem.of(400, "the request body is not valid JSON: " + describe(e), path(uri)).toResponse();
    }

    /** Takes over from Quarkus's built-in mapper, which answers a wrongly typed field with no body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return Problem.of(400, "the request body does not fit: " + describe(e), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        String detail = "send the article as application/json, text/plain or text/html";
        return Problem.of(415, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return Problem.of(status, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", id, path(uri));
        String detail = "an unexpected error occurred; quote error id " + id + " when reporting it";
        return Problem.of(500, detail, path(uri)).withErrorId(id).toResponse();
    }

    /** Jackson's own message without the request body it may quote, plus where it went wrong. */
    private static String describe(JsonProcessingException e) {
        String what = e.getOriginalMessage();
        if (e instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            what = "expected a JSON object such as {\"text\": \"...\"}";
        } else if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            what = "\"" + field + "\" has the wrong type";
        }
        JsonLocation at = e.getLocation();
        String line = what.lines().findFirst().orElse("");
        return at == null ? line : line + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
