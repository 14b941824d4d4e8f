package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import warta.core.error.SettingException;

class WorkerSettingsTest {

    @Test
    void should_default_to_the_warta_topics_and_group() {
        WorkerSettings settings = WorkerSettings.builder("kafka:9092").build();

        assertThat(settings.articlesTopic()).isEqualTo("warta.articles");
        assertThat(settings.resultsTopic()).isEqualTo("warta.results");
        assertThat(settings.failedTopic()).isEqualTo("warta.failed");
        assertThat(settings.groupId()).isEqualTo("warta");
        assertThat(settings.maxInFlight()).isEqualTo(8);
    }

    @Test
    void should_refuse_settings_naming_the_flag() {
        assertThatThrownBy(() -> WorkerSettings.builder(" ").build())
                .isInstanceOf(SettingException.class)
                .hasMessage("--bootstrap-servers must not be empty");
        assertThatThrownBy(() -> WorkerSettings.builder("k:9092").concurrency(0).build())
                .hasMessage("--concurrency must be at least 1, not 0");
        assertThatThrownBy(() ->
                        WorkerSettings.builder("k:9092").topics("a", "a", "f").build())
                .hasMessage("--articles-topic must differ from --results-topic and --failed-topic");
    }

    @Test
    void should_keep_offsets_committed_by_the_worker_whatever_the_properties_say() {
        WorkerSettings settings = WorkerSettings.builder("127.0.0.1:1")
                .property(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true")
                .property("security.protocol", "SASL_SSL")
                .build();

        assertThat(KafkaClients.consumerProperties(settings))
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "warta");
    }
}
