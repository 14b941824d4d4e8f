package warta.core.files;

import java.nio.file.Path;
import java.util.Map;

/**
 * Warta's folder under the user's cache: {@code $XDG_CACHE_HOME/warta}, else
 * {@code ~/.cache/warta}. The one reading of {@code XDG_CACHE_HOME}, used by the model store
 * ({@code models}) and the response cache ({@code responses}).
 */
public final class CacheHome {

    private CacheHome() {}

    /** Warta's cache folder for this environment and home folder; a relative {@code XDG_CACHE_HOME} is ignored, as the XDG spec says. */
    public static Path of(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return cache.resolve("warta");
    }
}
