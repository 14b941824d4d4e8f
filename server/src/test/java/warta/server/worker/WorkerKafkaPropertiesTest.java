package warta.server.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warta.server.WartaServerConfig;

/**
 * How {@code warta.worker.kafka.KEY} reaches the Kafka clients from each config source, as
 * docs/kafka.md tells an operator: a Kafka key has dots, which an environment variable cannot
 * hold (each underscore of the variable's key part becomes a dot).
 */
class WorkerKafkaPropertiesTest {

    private static Map<String, String> kafka(Map<String, String> properties, Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors() // expressions, as in Quarkus
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new SysPropConfigSource()) // user.home, for the other settings' defaults
                .withMapping(WartaServerConfig.class)
                .build();
        return config.getConfigMapping(WartaServerConfig.class).worker().kafka();
    }

    @Test
    void should_take_a_dotted_key_from_a_properties_file() {
        assertThat(kafka(Map.of("warta.worker.kafka.security.protocol", "SASL_SSL"), Map.of()))
                .containsExactly(Map.entry("security.protocol", "SASL_SSL"));
    }

    @Test
    void should_take_a_secret_from_the_environment_through_an_expression_in_the_properties() {
        Map<String, String> kafka = kafka(
                Map.of("warta.worker.kafka.\"sasl.jaas.config\"", "${KAFKA_JAAS_CONFIG}"),
                Map.of("KAFKA_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;"));

        assertThat(kafka)
                .containsExactly(Map.entry(
                        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;"));
    }

    @Test
    void should_take_a_dotted_key_from_the_environment_with_each_underscore_a_dot() {
        Map<String, String> kafka = kafka(
                Map.of(),
                Map.of(
                        "WARTA_WORKER_KAFKA_SASL_JAAS_CONFIG", "secret",
                        "WARTA_WORKER_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"));

        assertThat(kafka)
                .containsOnly(Map.entry("sasl.jaas.config", "secret"), Map.entry("security.protocol", "SASL_SSL"));
    }
}
