package warta.core.model;

/**
 * Reads {@code OLLAMA_HOST} the way the Ollama CLI does: "host", "host:port", ":port" and full
 * URLs. Without a scheme it is http, without a port 11434, without a host 127.0.0.1. A wildcard
 * host (0.0.0.0 or ::), which people set so the server listens everywhere, is reached on
 * 127.0.0.1.
 */
final class OllamaHost {

    private static final String DEFAULT_PORT = "11434";

    private OllamaHost() {}

    /** The base URL {@code ollamaHost} names, e.g. "gpu-box:8080" gives "http://gpu-box:8080". */
    static String toBaseUrl(String ollamaHost) {
        String text = stripSlash(ollamaHost.strip());
        int schemeEnd = text.indexOf("://");
        if (schemeEnd >= 0) {
            return text;
        }
        int slash = text.indexOf('/');
        String authority = slash < 0 ? text : text.substring(0, slash);
        String path = slash < 0 ? "" : text.substring(slash);
        return "http://" + withPort(authority) + path;
    }

    private static String withPort(String authority) {
        String host;
        String port;
        int close = authority.indexOf(']');
        if (authority.startsWith("[") && close > 0) {
            host = authority.substring(1, close);
            port = authority.length() > close + 2 ? authority.substring(close + 2) : DEFAULT_PORT;
        } else if (authority.indexOf(':') != authority.lastIndexOf(':')) {
            host = authority;
            port = DEFAULT_PORT;
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 || colon == authority.length() - 1 ? DEFAULT_PORT : authority.substring(colon + 1);
        }
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
