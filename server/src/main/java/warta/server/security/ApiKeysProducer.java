package warta.server.security;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import warta.server.WartaServerConfig;

/** Makes the server's {@link ApiKeys} from its settings, the environment and the Warta config file. */
public class ApiKeysProducer {

    @Produces
    @Singleton
    ApiKeys apiKeys(WartaServerConfig config) {
        return ApiKeySettings.resolve(
                config.serverApiKeys(), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
