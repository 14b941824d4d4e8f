package warta.core.worker;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells the producer's errors about one record (too large, cannot be serialized, refused by the
 * broker as invalid) from those about the brokers, and words them for the failed topic and the
 * worker's messages: no Java class names, never "null".
 */
final class ProducerErrors {

    /** The producer's {@code max.request.size} when the settings do not set it. */
    static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

    private ProducerErrors() {}

    /** Whether {@code error} is about the record itself, so that another record would go through. */
    static boolean recordLevel(Throwable error) {
        return error instanceof RecordTooLargeException
                || error instanceof RecordBatchTooLargeException
                || error instanceof SerializationException
                || error instanceof InvalidRecordException;
    }

    /** Why a result could not be produced, as the failed topic says it. */
    static String reason(ProducerRecord<String, String> record, Throwable error, Map<String, String> properties) {
        if (error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException) {
            String limit = properties.getOrDefault(
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(DEFAULT_MAX_REQUEST_SIZE));
            return "the result is " + size(record) + " bytes, over the producer's "
                    + ProducerConfig.MAX_REQUEST_SIZE_CONFIG + " (" + limit
                    + ") or the topic's max.message.bytes";
        }
        return "the result cannot be produced: " + describe(error);
    }

    /** The error's message, or its cause's when it only wraps one, or a plain description: never "null". */
    static String describe(Throwable error) {
        String message = error.getMessage();
        Throwable cause = error.getCause();
        boolean bare = message == null || message.isBlank();
        if (cause != null && cause != error && (bare || message.equals(cause.toString()))) {
            return describe(cause); // a wrapper: its message, if any, is only the cause's class and message
        }
        return bare ? "no detail given (see the worker's log)" : message;
    }

    /** The record's key and value in bytes, about what the producer weighs against its limit. */
    private static long size(ProducerRecord<String, String> record) {
        long size = record.value() == null ? 0 : record.value().getBytes(StandardCharsets.UTF_8).length;
        return size + (record.key() == null ? 0 : record.key().getBytes(StandardCharsets.UTF_8).length);
    }
}
