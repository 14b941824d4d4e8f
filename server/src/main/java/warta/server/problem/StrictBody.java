package warta.server.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import warta.core.read.StrictDecoder;

/**
 * One strict reading of every request body, whatever the endpoint and however it is read (a JSON
 * object, a string): a JSON body must be UTF-8 (RFC 8259), a {@code text/*} body must be valid in
 * its declared charset, UTF-8 when it declares none ({@link StrictDecoder#decodeBody}). Bytes that
 * are not are refused with a 400 naming their offset, rather than turned into replacement
 * characters and sent to the model. The body is read once into memory (it is within the body limit)
 * and handed on as UTF-8, so whoever reads it next decodes the text that was checked.
 */
@Provider
public class StrictBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (type != null && (json || type.getType().equals("text"))) {
            byte[] bytes = context.getInputStream().readAllBytes();
            String text = StrictDecoder.decodeBody(bytes, type.toString(), "the request body");
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            boolean utf8 = json || charset == null || charset.equalsIgnoreCase(StandardCharsets.UTF_8.name());
            // checked UTF-8 is handed on as it came; any other charset as the UTF-8 of its text
            context.setInputStream(new ByteArrayInputStream(utf8 ? bytes : text.getBytes(StandardCharsets.UTF_8)));
            context.setMediaType(type.withCharset(StandardCharsets.UTF_8.name()));
        }
        return context.proceed();
    }
}
