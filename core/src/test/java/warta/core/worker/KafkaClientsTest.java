package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void should_rebalance_cooperatively_unless_the_properties_say_otherwise() {
        WorkerSettings plain = WorkerSettings.builder("localhost:9092").build();
        WorkerSettings ranged = WorkerSettings.builder("localhost:9092")
                .property("partition.assignment.strategy", RangeAssignor.class.getName())
                .build();

        assertThat(KafkaClients.consumerProperties(plain))
                .containsEntry("partition.assignment.strategy", CooperativeStickyAssignor.class.getName())
                .containsEntry("enable.auto.commit", false)
                .containsEntry("max.poll.records", plain.maxInFlight());
        assertThat(KafkaClients.consumerProperties(ranged))
                .containsEntry("partition.assignment.strategy", RangeAssignor.class.getName());
    }
}
