package warta.server.worker;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** A server with its Kafka worker on, against {@link WorkerBroker}. */
public class WorkerProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WorkerBroker.class));
    }
}
