package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class ProducerErrorsTest {

    private final ProducerRecord<String, String> record = new ProducerRecord<>("warta.results", "satu", "hasil-é");

    @Test
    void should_tell_errors_about_the_record_from_errors_about_the_brokers() {
        assertThat(ProducerErrors.recordLevel(new RecordTooLargeException("big")))
                .isTrue();
        assertThat(ProducerErrors.recordLevel(new SerializationException("bad")))
                .isTrue();
        assertThat(ProducerErrors.recordLevel(new TopicAuthorizationException("no")))
                .isFalse();
        assertThat(ProducerErrors.recordLevel(new KafkaException("down"))).isFalse();
    }

    @Test
    void should_say_the_results_size_and_the_limit_without_class_names() {
        assertThat(ProducerErrors.reason(record, new RecordTooLargeException("big"), Map.of()))
                .isEqualTo("the result is 12 bytes, over the producer's max.request.size (1048576)"
                        + " or the topic's max.message.bytes");
        assertThat(ProducerErrors.reason(
                        record, new RecordTooLargeException("big"), Map.of("max.request.size", "20000")))
                .contains("max.request.size (20000)");
        assertThat(ProducerErrors.reason(record, new SerializationException("no schema"), Map.of()))
                .isEqualTo("the result cannot be produced: no schema");
    }

    @Test
    void should_never_say_null_for_an_error_without_a_message() {
        assertThat(ProducerErrors.describe(new KafkaException())).isEqualTo("no detail given (see the worker's log)");
        assertThat(ProducerErrors.describe(new KafkaException(new IllegalStateException("closed"))))
                .isEqualTo("closed");
    }
}
