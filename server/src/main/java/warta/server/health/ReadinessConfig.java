package warta.server.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the readiness checks, under {@code warta.readiness.} (or {@code WARTA_READINESS_*}). */
@ConfigMapping(prefix = "warta.readiness")
public interface ReadinessConfig {

    /** Whether {@code /q/health/ready} asks the model provider whether it can be used ({@code warta.readiness.check-provider}). */
    @WithDefault("true")
    boolean checkProvider();
}
