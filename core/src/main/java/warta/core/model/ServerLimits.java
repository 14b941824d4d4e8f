package warta.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;

/**
 * What a model server said about its limits when asked ({@link ServerProbe}): the context one
 * request may fill (prompt and {@code max_tokens} together), how many requests it serves at once,
 * whether it counts tokens for us, and how many of its tokens an o200k_base token of Indonesian
 * is. Unknown is unknown: a server that said nothing gives {@link #unknown(double)}, and Warta
 * keeps its settings. Immutable.
 *
 * @param contextTokens the context of one request, in the server's tokens; 0 when unknown
 * @param slots         the requests the server runs at once; 0 when unknown
 * @param tokenizeUrl   the server's tokenizer ({@code POST}), or null when it offers none
 * @param tokenRatio    the server's tokens per o200k_base token on Indonesian, with a margin; at
 *                      least 1. Measured with the server's tokenizer when it has one, else
 *                      {@link #FALLBACK_RATIO} (1 for the hosted OpenAI API, which counts with o200k)
 * @param source        what was asked, in words ({@code llama-server GET /props}), for
 *                      {@code --verbose} and {@code --dry-run}
 */
public record ServerLimits(int contextTokens, int slots, String tokenizeUrl, double tokenRatio, String source) {

    /**
     * The ratio assumed for a server that cannot count for us: o200k_base counts of the Indonesian
     * seed articles against the GPT-2 vocabulary (r50k_base, an English-trained byte-level BPE like
     * the vocabularies of Llama 2 and Mistral models) ran from 1.43 to 1.63 per article (1.56 in all),
     * against cl100k_base 1.16 to 1.30; the worst article, rounded up.
     */
    public static final double FALLBACK_RATIO = 1.65;
    /** Added to a ratio measured on the probe's sample: articles vary around it. */
    public static final double MEASURED_MARGIN = 1.10;
    /** How {@link #source} begins for a server that answered llama-server's {@code GET /props}. */
    static final String LLAMA_SERVER = "llama-server GET /props";

    public ServerLimits {
        if (contextTokens < 0 || slots < 0) {
            throw new IllegalArgumentException("contextTokens and slots must be 0 (unknown) or more");
        }
        if (!(tokenRatio >= 1)) {
            throw new IllegalArgumentException("tokenRatio must be at least 1, was " + tokenRatio);
        }
        Objects.requireNonNull(source, "source");
    }

    /** Nothing known; {@code ratio} is the margin to count with. */
    public static ServerLimits unknown(double ratio, String source) {
        return new ServerLimits(0, 0, null, ratio, source);
    }

    /** Limits of the same server with a context learned elsewhere. */
    ServerLimits withContext(int context) {
        return new ServerLimits(context, slots, tokenizeUrl, tokenRatio, source);
    }

    public boolean knowsContext() {
        return contextTokens > 0;
    }

    /** Whether the server answered as llama.cpp's llama-server does ({@code GET /props}). */
    public boolean llamaServer() {
        return source.startsWith(LLAMA_SERVER);
    }

    /**
     * {@code config} with what was learned where the user set nothing: the context (never more
     * than the configured one for Ollama, whose {@code num_ctx} Warta sets); the answer's share,
     * {@code max-output-tokens}, cut to a quarter of a learned context when it would take half or
     * more; and, when the slots are known, the concurrency. Settings in {@code explicit} (config
     * keys: {@code context-tokens}, {@code max-output-tokens}, {@code concurrency}) win; a learned
     * context too small for an explicit {@code max-output-tokens} is not used (the budgets stay as
     * configured and {@code ContextGuard} refuses what would not fit).
     */
    public ModelConfig applyTo(ModelConfig config, Set<String> explicit) {
        ModelConfig.Builder builder = config.toBuilder();
        if (knowsContext() && !explicit.contains("context-tokens")) {
            int answer = config.maxOutputTokens();
            if (!explicit.contains("max-output-tokens") && answer * 2 >= contextTokens) {
                answer = Math.max(1, contextTokens / 4);
            }
            if (answer < contextTokens) {
                builder.contextTokens(contextTokens).maxOutputTokens(answer);
            }
        }
        if (slots > 0 && !explicit.contains("concurrency")) {
            builder.concurrency(slots);
        }
        return builder.build();
    }

    /** One line for people: what was asked and learned. */
    public String describe() {
        return "server limits (" + source + "): context "
                + (knowsContext() ? contextTokens + " tokens per request" : "unknown") + ", slots "
                + (slots > 0 ? String.valueOf(slots) : "unknown") + ", tokens counted "
                + (tokenizeUrl != null ? "by the server's tokenizer" : "as o200k")
                + String.format(Locale.ROOT, " (x%.2f for budgets)", tokenRatio);
    }

    /**
     * How to count a request's tokens for this server: its own tokenizer (cached per text, o200k
     * times the ratio when it does not answer), else o200k_base times {@link #tokenRatio()}.
     */
    public TokenCounter counter(ModelConfig config) {
        TokenCounter scaled = scaled(TokenCounters.o200k(), tokenRatio);
        return tokenizeUrl == null
                ? scaled
                : new ServerTokenCounter(tokenizeUrl, config.model(), config.apiKey(), scaled);
    }

    private static TokenCounter scaled(TokenCounter counter, double ratio) {
        return ratio == 1 ? counter : text -> (int) Math.ceil(counter.count(text) * ratio);
    }
}
