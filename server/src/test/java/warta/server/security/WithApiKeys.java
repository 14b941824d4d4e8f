package warta.server.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The server with two API keys. */
public class WithApiKeys implements QuarkusTestProfile {

    static final String KEY = "test-key-0123456789";
    static final String OTHER_KEY = "other-key-9876543210";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.server-api-keys", KEY + "," + OTHER_KEY);
    }
}
