package warta.core.worker;

import warta.core.error.WartaException;

/**
 * Kafka cannot be used as configured: the brokers cannot be reached, a topic is missing, the
 * client is refused (authentication, authorisation), or a result could not be produced. The
 * message names the brokers or the topic. CLI exit 1.
 */
public class BrokerException extends WartaException {

    public BrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
