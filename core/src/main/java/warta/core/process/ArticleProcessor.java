package warta.core.process;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.CleanArticle;
import warta.core.check.Checks;
import warta.core.check.Terms;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;
import warta.core.chunk.TokenizingModel;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.model.Deadline;
import warta.core.model.ModelConfig;
import warta.core.model.PrefixCache;
import warta.core.model.Provider;
import warta.core.model.ServerLimits;
import warta.core.prepare.ArticlePreparer;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Summarizer;
import warta.core.summarize.SummaryFormatException;
import warta.core.summarize.SummaryOutcome;
import warta.core.translate.TermMemory;
import warta.core.translate.Translation;
import warta.core.translate.Translator;
import warta.core.usage.Messages;
import warta.core.usage.MeteredChatModel;
import warta.core.usage.UsageMeter;

/**
 * The one entry point of the model-backed pipeline: prepares an article (read, clean, describe),
 * translates and/or summarizes it, checks the output and returns the {@link ArticleResult}.
 * Chunks of one article are translated with up to the configured concurrency; the caller's
 * interrupt cancels the work. Immutable and thread-safe when the model is.
 *
 * <p>Budgets: a translation chunk holds at most {@code chunkTokens} tokens, and never more than
 * the context leaves once the answer ({@code maxOutputTokens}) and the prompt are counted; a
 * summary request holds at most what the context leaves for the article text (else the summary
 * is made in parts). Tokens are the model's own when it can count them ({@link TokenizingModel}:
 * the in-process model), else o200k's, and then, for a remote provider, what the context leaves
 * for text is divided by {@link #REMOTE_MARGIN}. Plans (dry runs) make no model, so they count
 * in o200k.
 *
 * <p>Failures: when translation and summary were both asked for and the summary fails after the
 * translation is done (the provider fails, the prompt overflows the context, the answer cannot
 * be read), the result keeps the translation, has no summary, and reports why as an
 * {@code incomplete} finding of its checks (so the checks fail). Any other failure is thrown.
 */
public final class ArticleProcessor {

    /** Tokens kept for the prompt templates, the glossary and the context lines. */
    static final int PROMPT_RESERVE = 800;
    /** English runs to about this share of the Indonesian tokens; the answer must fit maxOutputTokens. */
    static final double ANSWER_RATIO = 1.3;
    /** The least room for article text the model's settings must leave in one request, in tokens. */
    static final int MIN_ROOM = 64;

    /**
     * How many times o200k's count a remote model's own tokens may be, for Indonesian text: budgets
     * for article text sent to a provider whose vocabulary Warta cannot count with are divided by it.
     * Measured as cl100k_base (the core of Llama 3's vocabulary) over o200k_base on five Indonesian
     * news articles: 1.24 overall, 1.30 for the worst article (docs/embedded.md).
     */
    static final double REMOTE_MARGIN = 1.3;
    /** Tokens a chat template adds around the messages (role markers, turn ends). */
    public static final int TEMPLATE_TOKENS = 32;

    private static final int SUMMARY_ANSWER_TOKENS = 1024;
    /** What an {@code incomplete} finding says is missing when the summary failed after the translation. */
    static final String NO_SUMMARY = "no summary";

    private static final ServerLimits NOT_ASKED = ServerLimits.unknown(1, "not asked");

    private final ModelConfig config;
    private final PromptLibrary prompts;
    private final Glossary glossary;
    private final ChatModel model;
    private final TokenCounter counter = TokenCounters.o200k();
    private final ArticlePreparer preparer;
    private final CheckRunner checks;
    private final int chunkTokens;
    private final ServerLimits limits;
    private final TokenCounter guardCounter;
    private final SettingNames names;

    public ArticleProcessor(
            ChatModel model, ModelConfig config, PromptLibrary prompts, Glossary glossary, int chunkTokens) {
        this(model, config, prompts, glossary, chunkTokens, new ArticlePreparer());
    }

    /** A processor that prepares articles with {@code preparer}, and so keeps its length limit. */
    public ArticleProcessor(
            ChatModel model,
            ModelConfig config,
            PromptLibrary prompts,
            Glossary glossary,
            int chunkTokens,
            ArticlePreparer preparer) {
        this(model, config, prompts, glossary, chunkTokens, preparer, NOT_ASKED);
    }

    /**
     * A processor for a server whose {@code limits} are known ({@code config} has the learned
     * context already, see {@link ServerLimits#applyTo}): its budgets count with the server's token
     * ratio, and a request that would not fit the server's context is not sent ({@link ContextGuard}).
     */
    public ArticleProcessor(
            ChatModel model,
            ModelConfig config,
            PromptLibrary prompts,
            Glossary glossary,
            int chunkTokens,
            ArticlePreparer preparer,
            ServerLimits limits) {
        this(model, config, prompts, glossary, chunkTokens, preparer, limits, SettingNames.FLAGS);
    }

    /**
     * As the constructor above, with the reason of an {@code incomplete} finding naming the settings
     * it advises changing as {@code names} names them (the server's {@code warta.chunk-tokens}, not
     * the CLI's {@code --chunk-tokens}).
     */
    public ArticleProcessor(
            ChatModel model,
            ModelConfig config,
            PromptLibrary prompts,
            Glossary glossary,
            int chunkTokens,
            ArticlePreparer preparer,
            ServerLimits limits,
            SettingNames names) {
        this.names = Objects.requireNonNull(names, "names");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.guardCounter = limits.knowsContext() ? limits.counter(config) : null;
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.chunkTokens =
                chunkBudget(config, chunkTokens, NOT_ASKED.equals(limits) ? margin(config) : limits.tokenRatio());
        this.checks = new CheckRunner(glossary);
    }

    /** The tokens of source text one translation request may carry. */
    public int chunkTokens() {
        return chunkTokens;
    }

    public ArticleResult process(Article article, Set<Task> tasks, ProcessListener listener) {
        return process(preparer.prepare(article), tasks, listener);
    }

    /** Reads, cleans and describes an article: the first step of {@link #process}. */
    public CleanArticle prepare(Article article) {
        return preparer.prepare(article);
    }

    /** The version hash of the prompt templates in use. */
    public String promptVersion() {
        return prompts.version();
    }

    public ArticleResult process(CleanArticle article, Set<Task> tasks, ProcessListener listener) {
        return process(ArticleIds.of(article.source()), article, tasks, listener);
    }

    /**
     * Processes an article that is already prepared, under the given id (a batch's ids), within
     * the configuration's {@link ModelConfig#articleTimeBudget()}: the retry layer begins no wait
     * for the provider that would end after it (see {@link Deadline}).
     */
    public ArticleResult process(String id, CleanArticle article, Set<Task> tasks, ProcessListener listener) {
        return process(id, article, tasks, listener, new TermMemory());
    }

    /**
     * As {@link #process(String, CleanArticle, Set, ProcessListener)}, with the renderings chosen
     * before for terms (a batch's earlier articles) in {@code memory}, which receives the ones
     * this article's translation chooses.
     */
    public ArticleResult process(
            String id, CleanArticle article, Set<Task> tasks, ProcessListener listener, TermMemory memory) {
        requireTasks(tasks);
        Objects.requireNonNull(memory, "memory");
        Deadline deadline = Deadline.after(config.articleTimeBudget(), System::nanoTime);
        return Deadline.within(deadline, () -> processWithin(id, article, tasks, listener, memory));
    }

    private ArticleResult processWithin(
            String id, CleanArticle article, Set<Task> tasks, ProcessListener listener, TermMemory memory) {
        UsageMeter meter = new UsageMeter();
        Optional<TokenCounter> own = TokenizingModel.of(model);
        TokenCounter tokens = own.orElse(counter);
        double margin = own.isPresent() ? 1.0 : ratio();
        ChatModel metered = new MeteredChatModel(guarded(), meter, tokens);
        Translation translation = null;
        SummaryContinuation continuation = SummaryContinuation.forModel(config, limits);
        if (tasks.contains(Task.TRANSLATE)) {
            listener.stage(Stage.TRANSLATE);
            translation = translator(metered, tokens).translate(article, listener, memory, continuation);
        }
        SummaryOutcome summary = null;
        String summaryFailure = null;
        if (tasks.contains(Task.SUMMARIZE)) {
            listener.stage(Stage.SUMMARIZE);
            try {
                summary = summarize(metered, tokens, margin, article, translation, continuation);
            } catch (ModelException | SummaryFormatException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancelledException("cancelled while summarizing"); // a stop, not a failed summary
                }
                if (translation == null || translation.skipped() != null) {
                    throw e;
                }
                summaryFailure = WartaException.messageOf(e, names);
            }
        }
        listener.stage(Stage.CHECK);
        Terms.Report terms = checks.terms(article, translation);
        Checks found = checks.run(article, translation, summary, terms);
        if (summaryFailure != null) {
            found = found.plus(Checks.incomplete(NO_SUMMARY, summaryFailure));
        }
        List<String> notes = notes(article.language(), translation, summary);
        notes.addAll(checks.citationNotes(article, translation, summary, found));
        return new ArticleResult(
                id,
                article.source(),
                article.language(),
                article.metadata(),
                translation,
                summary == null ? null : summary.summary(),
                found,
                terms.uses(),
                notes,
                article.removed(),
                meter.usage(config.provider().id(), config.model(), prompts.version()),
                null,
                null);
    }

    /**
     * The summary of the translation (or of the source, without one); as the next turn of the
     * translation conversation where {@code continuation} has one. A failure here is thrown to the
     * caller, which keeps a finished translation and reports the failure as an {@code incomplete}
     * finding: a later step never discards an earlier step's work.
     */
    private SummaryOutcome summarize(
            ChatModel chat,
            TokenCounter tokens,
            double margin,
            CleanArticle article,
            Translation translation,
            SummaryContinuation continuation) {
        String about = About.of(article.metadata(), translation);
        SourceLines text = summaryText(article, translation);
        Summarizer summarizer = summarizer(chat, tokens, margin, about);
        List<ChatMessage> conversation = translation == null ? null : continuation.conversation(tokens);
        if (conversation != null && fits(conversation, tokens, margin)) {
            try {
                return summarizer.summarize(about, text, conversation, continuation.numbering(article.paragraphs()));
            } catch (ModelException e) {
                if (e.kind() != ModelException.Kind.CONTEXT_LENGTH) {
                    throw e;
                }
                // counted short (a model that cannot count for itself): the shorter request below
            }
        }
        return summarizer.summarize(about, text); // in parts when the text does not fit
    }

    /**
     * The first requests a run would send, exactly, with token estimates; nothing is sent. For a
     * provider that keeps a prompt prefix, each request's leading messages that an earlier one
     * sent are estimated to come from the cache, and a one-chunk article's summary is shown as
     * the real run asks for it: going on from the translation conversation, with a line standing
     * for the model's translation (estimated as long as the source).
     */
    public List<PlannedRequest> plan(Article article, Set<Task> tasks) {
        return plan(preparer.prepare(article), tasks);
    }

    /** As {@link #plan(Article, Set)}, for an article already prepared. */
    public List<PlannedRequest> plan(CleanArticle clean, Set<Task> tasks) {
        requireTasks(tasks);
        List<PlannedRequest> planned = new ArrayList<>();
        SummaryContinuation continuation = SummaryContinuation.forModel(config, limits);
        if (tasks.contains(Task.TRANSLATE) && !Translator.isEnglish(clean.language())) {
            Translator translator = translator(model, counter);
            List<ChatRequest> requests = translator.plan(clean);
            translator.planConversations(clean).forEach(continuation);
            for (int i = 0; i < requests.size(); i++) {
                planned.add(
                        planned("translate chunk " + (i + 1) + " of " + requests.size(), requests.get(i), planned, 0));
            }
        }
        if (tasks.contains(Task.SUMMARIZE)) {
            planSummary(clean, tasks, continuation, planned);
        }
        return planned;
    }

    private static final String PLANNED_TRANSLATION = "(here the model's translation, as it answers the request above)";

    private void planSummary(
            CleanArticle clean, Set<Task> tasks, SummaryContinuation continuation, List<PlannedRequest> planned) {
        String about = About.of(clean.metadata(), null);
        Summarizer summarizer = summarizer(model, counter, ratio(), about);
        SourceLines source = SourceLines.of(clean.paragraphs());
        List<ChatRequest> requests = summarizer.plan(about, source);
        List<ChatMessage> conversation = continuation.conversation(counter);
        if (conversation != null && requests.size() == 1) {
            List<ChatMessage> answered = new ArrayList<>(conversation);
            answered.add(AiMessage.from(PLANNED_TRANSLATION));
            ChatRequest continued =
                    summarizer.planContinued(about, source, answered, continuation.numbering(clean.paragraphs()));
            int english = counter.count(String.join("\n\n", clean.paragraphs())) - counter.count(PLANNED_TRANSLATION);
            planned.add(planned(
                    "summarize, as the next turn of the translation conversation", continued, planned, english));
            return;
        }
        String note = tasks.contains(Task.TRANSLATE)
                ? " (shown on the source text; a real run summarizes the translation)"
                : "";
        for (int i = 0; i < requests.size(); i++) {
            String purpose = requests.size() == 1
                    ? "summarize"
                    : "summarize part " + (i + 1) + " of " + requests.size() + " (then one request combines the parts)";
            planned.add(planned(purpose + note, requests.get(i), planned, 0));
        }
    }

    /**
     * Whether the summary can go on from {@code conversation} within the context: its messages,
     * the summary instruction (at most {@link #PROMPT_RESERVE}) and the chat template, counted in
     * {@code tokens} and times {@code margin}, and the answer.
     */
    private boolean fits(List<ChatMessage> conversation, TokenCounter tokens, double margin) {
        long prompt = PROMPT_RESERVE + TEMPLATE_TOKENS;
        for (ChatMessage message : conversation) {
            prompt += tokens.count(Messages.text(message));
        }
        return prompt * margin + summaryAnswerTokens() <= config.contextTokens();
    }

    /** The answer a summary request keeps room for; a server whose context is known gets the whole max_tokens. */
    private int summaryAnswerTokens() {
        return limits.knowsContext()
                ? config.maxOutputTokens()
                : Math.min(config.maxOutputTokens(), SUMMARY_ANSWER_TOKENS);
    }

    /** The model behind the {@link ContextGuard} when the server's context is known. */
    private ChatModel guarded() {
        return limits.knowsContext() ? new ContextGuard(model, limits, guardCounter, config.maxOutputTokens()) : model;
    }

    private Translator translator(ChatModel chat, TokenCounter tokens) {
        Chunker chunker = new Chunker(tokens, SentenceSplitter.indonesian(), chunkTokens);
        return new Translator(chat, prompts, glossary, chunker, config.concurrency());
    }

    /**
     * A summarizer whose requests fit the context: the article text may fill what the answer and
     * the prompt around it leave (the prompt counted in {@code tokens}, at least
     * {@link #PROMPT_RESERVE}), divided by {@code margin}; a longer text is summarized in parts. A
     * server whose context is known gets the whole max_tokens kept free: it would not stop at 1024.
     */
    private Summarizer summarizer(ChatModel chat, TokenCounter tokens, double margin, String about) {
        int answer = summaryAnswerTokens();
        int prompt = Math.max(PROMPT_RESERVE, Summarizer.promptTokens(prompts, tokens, about) + TEMPLATE_TOKENS);
        int room =
                (int) ((config.contextTokens() - answer - prompt * margin) / margin); // prompt: counted, not yet scaled
        return new Summarizer(chat, prompts, tokens, Math.max(Math.min(chunkTokens, MIN_ROOM), room), grammar(config));
    }

    /**
     * Whether the model enforces every JSON Schema keyword as a grammar, so the summary is asked
     * for under the bounded schema that any answer of which keeps the summary's limits and
     * citations ({@code SummaryJson.grammarFormat}): the in-process llama.cpp engine.
     */
    static boolean grammar(ModelConfig config) {
        return config.provider() == Provider.EMBEDDED;
    }

    /**
     * How many of the model's tokens one o200k_base token may be, for a model that cannot count for
     * itself: the server's ratio when it was asked ({@link ServerLimits#tokenRatio()}), else the
     * provider's margin ({@link #margin}).
     */
    private double ratio() {
        return NOT_ASKED.equals(limits) ? margin(config) : limits.tokenRatio();
    }

    /**
     * How many of the model's tokens one o200k_base token may be, for budgets of text sent to a
     * model that cannot count for itself: the server's ratio when its limits were asked, else
     * {@link #REMOTE_MARGIN} for a remote provider and 1 in-process (what the summary budget uses;
     * a digest's requests use the same).
     */
    public static double textMargin(ModelConfig config, ServerLimits limits) {
        return NOT_ASKED.equals(limits) ? margin(config) : limits.tokenRatio();
    }

    /** The margin for counts in o200k: none for the in-process model's provider, else {@link #REMOTE_MARGIN}. */
    static double margin(ModelConfig config) {
        return config.provider() == Provider.EMBEDDED ? 1.0 : REMOTE_MARGIN;
    }

    /** The translation, numbered by the source sentences it translates; the source when there is no English. */
    private static SourceLines summaryText(CleanArticle article, Translation translation) {
        if (translation == null || translation.paragraphs().stream().allMatch(String::isBlank)) {
            return SourceLines.of(article.paragraphs());
        }
        return SourceLines.of(article.paragraphs(), translation.paragraphs());
    }

    private static List<String> notes(Language language, Translation translation, SummaryOutcome summary) {
        List<String> notes = new ArrayList<>();
        if (!language.is("id") && !language.is(Language.UNDETERMINED) && !language.is("en")) {
            notes.add("the article is in " + language.name() + " (" + language.code() + "), not Indonesian"
                    + (translation != null && translation.skipped() == null
                            ? "; it was translated from " + Translator.sourceLanguage(language)
                            : ""));
        }
        if (summary != null) {
            summary.limitProblems().stream().map(p -> "summary: " + p.text()).forEach(notes::add);
        }
        return notes;
    }

    /**
     * A planned request; {@code extra} tokens stand for text the plan cannot show (the model's
     * translation). Where the provider keeps a prompt prefix, the leading messages it shares with
     * an earlier planned request, and the model's answer to the last of them, count as cached.
     */
    private PlannedRequest planned(String purpose, ChatRequest request, List<PlannedRequest> earlier, int extra) {
        List<ChatMessage> messages = request.messages();
        int tokens = extra;
        for (ChatMessage message : messages) {
            tokens += counter.count(Messages.text(message));
        }
        int cached = 0;
        PrefixCache cache = PrefixCache.of(config, limits);
        for (PlannedRequest before : earlier) {
            int shared = sharedTokens(before.request().messages(), messages, extra);
            cached = cache.serves(shared) ? Math.max(cached, shared) : cached;
        }
        return new PlannedRequest(purpose, request, tokens, cached);
    }

    /** The tokens of the leading messages of {@code next} equal to those of {@code before}, and then its answer. */
    private int sharedTokens(List<ChatMessage> before, List<ChatMessage> next, int answerTokens) {
        int tokens = 0;
        int i = 0;
        while (i < before.size() && i < next.size() && before.get(i).equals(next.get(i))) {
            tokens += counter.count(Messages.text(next.get(i)));
            i++;
        }
        if (i == before.size() && i < next.size() && next.get(i) instanceof AiMessage answer) {
            tokens += counter.count(Messages.text(answer)) + answerTokens;
        }
        return tokens;
    }

    private static void requireTasks(Set<Task> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must name at least one task");
        }
    }

    /**
     * The chunk budget: the caller's, cut to what the model's context and answer leave. A model
     * whose settings leave less than {@link #MIN_ROOM} tokens of text is refused, whatever the
     * caller's budget (which {@link Chunker#MIN_TOKENS} bounds).
     */
    public static int chunkBudget(ModelConfig config, int chunkTokens) {
        return chunkBudget(config, chunkTokens, margin(config));
    }

    /**
     * The chunk budget, in o200k_base tokens, for a model that may count {@code tokenRatio} of its
     * tokens for each of them ({@link ServerLimits#tokenRatio()}, or {@link #margin}): the context
     * left after the answer and the prompt is divided by it.
     */
    public static int chunkBudget(ModelConfig config, int chunkTokens, double tokenRatio) {
        int byAnswer = (int) (config.maxOutputTokens() / ANSWER_RATIO);
        int byContext = (int) ((config.contextTokens() - config.maxOutputTokens() - PROMPT_RESERVE) / tokenRatio);
        int room = Math.min(byAnswer, byContext);
        if (byAnswer < MIN_ROOM) {
            // the answer is the bound: only more output tokens help, fewer make it worse
            int least = (int) Math.ceil(MIN_ROOM * ANSWER_RATIO);
            throw new WartaException(
                    names -> "the most output tokens (" + config.maxOutputTokens() + ") leave room for only "
                            + Math.max(byAnswer, 0) + " tokens of article text per request, and at least " + MIN_ROOM
                            + " are needed: raise " + names.assign("max-output-tokens", String.valueOf(least))
                            + " or more",
                    null);
        }
        if (byContext < MIN_ROOM) {
            int least = config.maxOutputTokens() + PROMPT_RESERVE + (int) Math.ceil(MIN_ROOM * tokenRatio);
            throw new WartaException(
                    names -> "the model's context (" + config.contextTokens() + " tokens, "
                            + config.maxOutputTokens() + " of them for the answer and " + PROMPT_RESERVE
                            + " for the prompt) leaves too little room for article text: raise "
                            + names.assign("context-tokens", String.valueOf(least)) + " or more, or lower "
                            + names.name("max-output-tokens") + " (to no less than "
                            + (int) Math.ceil(MIN_ROOM * ANSWER_RATIO) + ")",
                    null);
        }
        return Math.min(chunkTokens, room);
    }
}
