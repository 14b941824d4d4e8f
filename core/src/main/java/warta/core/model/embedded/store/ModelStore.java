package warta.core.model.embedded.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;
import warta.core.files.CacheHome;

/**
 * The folder of downloaded GGUF models, and the way from a name on the command line to a model
 * file: {@link #locate} takes a catalogue preset's name (downloading it unless offline) or the
 * path of a GGUF file. The folder is {@value #DIR_ENV} if set, else
 * {@code $XDG_CACHE_HOME/warta/models}, else {@code ~/.cache/warta/models}; a file there is
 * always complete, since downloads grow in a {@code .part} file beside it and take the final
 * name only once whole and checked. Does no I/O until asked; thread-safe (two downloads of the
 * same model exclude each other through a lock on the part file).
 */
public final class ModelStore {

    /** The environment variable that sets the cache folder. */
    public static final String DIR_ENV = "WARTA_MODELS_DIR";

    /**
     * The environment variable naming, comma-separated, the presets whose terms of use the user has
     * accepted, so that they may be downloaded when first needed; {@code all} accepts every one.
     */
    public static final String ACCEPT_TERMS_ENV = "WARTA_ACCEPT_TERMS";

    /** What to do instead of downloading, for messages: "use --model-file PATH, --provider ollama, or ...". */
    static String alternatives(SettingNames names) {
        return "use " + names.assign("model-file", "PATH") + ", " + names.assign("provider", "ollama") + ", or "
                + names.assign("provider", "openai") + " " + names.assign("base-url", "...");
    }

    private final ModelCatalog catalog;
    private final Path dir;
    private final Downloader downloader;
    private final Set<String> acceptedTerms;

    /** A store in which no preset's terms are accepted yet. */
    public ModelStore(ModelCatalog catalog, Path dir, Downloader downloader) {
        this(catalog, dir, downloader, Set.of());
    }

    /**
     * A store in which the presets named in {@code acceptedTerms} (or all, for {@code all}) may be
     * downloaded although their terms must be accepted.
     */
    public ModelStore(ModelCatalog catalog, Path dir, Downloader downloader, Set<String> acceptedTerms) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.acceptedTerms = Set.copyOf(acceptedTerms);
    }

    /** The store the environment describes: {@value ModelCatalog#ENV}, {@value #DIR_ENV}, {@code XDG_CACHE_HOME}. */
    public static ModelStore forEnvironment(Map<String, String> env) {
        return new ModelStore(
                ModelCatalog.forEnvironment(env),
                cacheDir(env, Path.of(System.getProperty("user.home"))),
                Downloader.create(),
                acceptedTerms(env.get(ACCEPT_TERMS_ENV)));
    }

    /** The names in a {@value #ACCEPT_TERMS_ENV} value: comma-separated, blanks ignored. */
    static Set<String> acceptedTerms(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the preset may be downloaded as far as its terms go: it has none to accept, or
     * {@value #ACCEPT_TERMS_ENV} accepted them.
     */
    public boolean termsAccepted(ModelPreset preset) {
        return !preset.termsRequired() || acceptedTerms.contains("all") || acceptedTerms.contains(preset.name());
    }

    /** The cache folder for this environment and home folder. */
    public static Path cacheDir(Map<String, String> env, Path home) {
        String explicit = env.get(DIR_ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return CacheHome.of(env, home).resolve("models");
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public Path dir() {
        return dir;
    }

    /** Every catalogue preset, in the catalogue's order, with whether it is downloaded. */
    public List<ModelStatus> list() {
        return catalog.presets().stream().map(this::status).toList();
    }

    /** The preset's status; an unknown name fails with the known ones in the message. */
    public ModelStatus status(String name) {
        return status(catalog.get(name));
    }

    private ModelStatus status(ModelPreset preset) {
        Path file = dir.resolve(preset.fileName());
        long partial = size(file.resolveSibling(preset.fileName() + ".part"));
        return Files.isRegularFile(file)
                ? new ModelStatus(preset, file, size(file), partial)
                : new ModelStatus(preset, null, 0, partial);
    }

    /** The cached file of the preset {@code name}, or empty when it is not downloaded. */
    public Optional<Path> path(String name) {
        return status(name).cached();
    }

    /**
     * Downloads the preset {@code name} unless it is already there, and returns its file. A
     * download interrupted earlier goes on where it stopped.
     */
    public Path pull(String name, DownloadListener listener) {
        return pull(name, listener, false);
    }

    /**
     * Downloads the preset {@code name} unless it is already there, and returns its file; with
     * {@code acceptTerms}, the user has accepted its terms of use for this download.
     *
     * @throws InputException the preset has terms that must be accepted, and neither
     *     {@code acceptTerms} nor {@value #ACCEPT_TERMS_ENV} accepted them
     */
    public Path pull(String name, DownloadListener listener, boolean acceptTerms) {
        ModelPreset preset = catalog.get(name);
        Optional<Path> cached = status(preset).cached();
        if (cached.isPresent()) {
            return cached.get();
        }
        checkTerms(preset, acceptTerms);
        try {
            return downloader
                    .download(DownloadRequest.of(preset, dir), listener)
                    .path();
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.UNREACHABLE || e.kind() == ModelException.Kind.TIMEOUT) {
                throw new ModelException(
                        e.kind(),
                        names -> "cannot download the model " + name + ": " + e.message(names)
                                + "; check the network, or " + alternatives(names),
                        e);
            }
            throw e;
        }
    }

    /**
     * The model file for {@code nameOrPath}: a catalogue preset's cached file (downloaded first
     * unless {@code offline}), or an existing GGUF file, returned as given. Null or blank means
     * the catalogue's default preset.
     *
     * @throws InputException an unknown name (the message lists the known ones), a missing or
     *     non-GGUF file, or a preset that is not downloaded while {@code offline}
     * @throws ModelException the download failed; see {@link Downloader#download}
     */
    public Path locate(String nameOrPath, boolean offline, DownloadListener listener) {
        String name = nameOrPath == null || nameOrPath.isBlank()
                ? catalog.defaultPreset().name()
                : nameOrPath.strip();
        if (catalog.find(name).isPresent()) {
            Optional<Path> cached = path(name);
            if (cached.isPresent()) {
                return cached.get();
            }
            if (offline) {
                throw new InputException(names -> notDownloaded(name, names));
            }
            return pull(name, listener);
        }
        if (looksLikePath(name)) {
            return modelFile(Path.of(name));
        }
        throw new InputException(names -> "unknown model " + name + ": use one of "
                + String.join(", ", catalog.names()) + " (see 'warta models list'), or "
                + names.assign("model-file", "PATH") + " with a .gguf file");
    }

    /**
     * Why a model that may not be downloaded now is missing: under the CLI's {@code --offline}, or in
     * a check that never downloads (a front end without that setting: the server's readiness).
     */
    private static String notDownloaded(String name, SettingNames names) {
        String offline = names.name("offline");
        String pull = "run 'warta models pull " + name + "'";
        if (offline == null) {
            return "the model " + name + " is not downloaded yet: it is downloaded when a request first needs it,"
                    + " or " + pull + " beforehand; or " + alternatives(names);
        }
        return "the model " + name + " is not downloaded and " + offline + " is set: " + pull + ", or "
                + alternatives(names);
    }

    /**
     * Fails unless the preset's terms of use, if it has any, are accepted: by {@code acceptTerms}
     * (the user accepted them for this download) or by {@value #ACCEPT_TERMS_ENV}.
     *
     * @throws InputException with the terms' URL and the ways to accept them
     */
    public void checkTerms(ModelPreset preset, boolean acceptTerms) {
        if (!acceptTerms && !termsAccepted(preset)) {
            throw new InputException(names -> termsNotAccepted(preset, names));
        }
    }

    private static String termsNotAccepted(ModelPreset preset, SettingNames names) {
        String name = preset.name();
        return "the model " + name + " is under " + preset.license() + " terms of use (" + preset.terms()
                + "), which you must accept before it is downloaded: read them, then run 'warta models pull " + name
                + " --accept-terms', or set " + ACCEPT_TERMS_ENV + "=" + name
                + "; or use a model file you already have with " + names.assign("model-file", "PATH");
    }

    private static boolean looksLikePath(String name) {
        return name.contains("/")
                || name.contains("\\")
                || name.toLowerCase(java.util.Locale.ROOT).endsWith(".gguf")
                || Files.exists(Path.of(name));
    }

    /** {@code file} if it is a readable GGUF file; otherwise a message that says what is wrong with it. */
    public static Path modelFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such model file");
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || !Arrays.equals(head, "GGUF".getBytes(StandardCharsets.US_ASCII))) {
                throw new InputException(file + ": not a GGUF model file (it does not start with 'GGUF')");
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the model file: " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Deletes the preset's cached file and any interrupted download of it.
     *
     * @return whether there was anything to delete
     */
    public boolean remove(String name) {
        ModelPreset preset = catalog.get(name);
        Path file = dir.resolve(preset.fileName());
        try {
            boolean removed = Files.deleteIfExists(file);
            return Files.deleteIfExists(file.resolveSibling(preset.fileName() + ".part")) || removed;
        } catch (IOException e) {
            throw new WartaException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
