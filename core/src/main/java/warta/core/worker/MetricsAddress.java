package warta.core.worker;

import warta.core.error.SettingException;

/**
 * Where a worker serves its metrics ({@link WorkerMetricsServer}): a host name or address to bind
 * (the loopback address unless told otherwise, so that only this machine can scrape it) and a
 * port (0: any free one).
 */
public record MetricsAddress(String host, int port) {

    /** The host bound unless {@code --metrics-host} names another. */
    public static final String LOOPBACK = "127.0.0.1";

    public MetricsAddress {
        if (host == null || host.isBlank()) {
            throw new SettingException("--metrics-host must not be empty", true);
        }
        host = host.strip();
        if (port < 0 || port > 65_535) {
            throw new SettingException("--metrics-port must be between 0 and 65535, not " + port, true);
        }
    }
}
