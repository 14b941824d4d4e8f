package warta.core.process;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.CleanArticle;
import warta.core.check.Checks;
import warta.core.check.Terms;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;
import warta.core.error.WartaException;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.model.Deadline;
import warta.core.model.ModelConfig;
import warta.core.prepare.ArticlePreparer;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Summarizer;
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
 * summary request holds at most what the context leaves for the article text.
 */
public final class ArticleProcessor {

    /** Tokens kept for the prompt templates, the glossary and the context lines. */
    static final int PROMPT_RESERVE = 800;
    /** English runs to about this share of the Indonesian tokens; the answer must fit maxOutputTokens. */
    static final double ANSWER_RATIO = 1.3;
    /** The least room for article text the model's settings must leave in one request, in tokens. */
    static final int MIN_ROOM = 64;

    private static final int SUMMARY_ANSWER_TOKENS = 1024;

    private final ModelConfig config;
    private final PromptLibrary prompts;
    private final Glossary glossary;
    private final ChatModel model;
    private final TokenCounter counter = TokenCounters.o200k();
    private final ArticlePreparer preparer;
    private final CheckRunner checks;
    private final int chunkTokens;

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
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.chunkTokens = chunkBudget(config, chunkTokens);
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
        ChatModel metered = new MeteredChatModel(model, meter, counter);
        Translation translation = null;
        SummaryContinuation continuation = SummaryContinuation.forModel(config);
        if (tasks.contains(Task.TRANSLATE)) {
            listener.stage(Stage.TRANSLATE);
            translation = translator(metered).translate(article, listener, memory, continuation);
        }
        SummaryOutcome summary = null;
        if (tasks.contains(Task.SUMMARIZE)) {
            listener.stage(Stage.SUMMARIZE);
            summary = summarize(metered, article, translation, continuation);
        }
        listener.stage(Stage.CHECK);
        Terms.Report terms = checks.terms(article, translation);
        Checks found = checks.run(article, translation, summary, terms);
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
                null);
    }

    /** The summary; as the next turn of the translation conversation where {@code continuation} has one. */
    private SummaryOutcome summarize(
            ChatModel chat, CleanArticle article, Translation translation, SummaryContinuation continuation) {
        String about = About.of(article.metadata(), translation);
        SourceLines text = summaryText(article, translation);
        List<ChatMessage> conversation = translation == null ? null : continuation.conversation();
        return conversation == null
                ? summarizer(chat).summarize(about, text)
                : summarizer(chat).summarize(about, text, conversation, continuation.numbering(article.paragraphs()));
    }

    /**
     * The first requests a run would send, exactly, with token estimates; nothing is sent. For a
     * provider that keeps a prompt prefix, each request's leading messages that an earlier one
     * sent are estimated to come from the cache, and a one-chunk article's summary is shown as
     * the real run asks for it: going on from the translation conversation, with a line standing
     * for the model's translation (estimated as long as the source).
     */
    public List<PlannedRequest> plan(Article article, Set<Task> tasks) {
        requireTasks(tasks);
        CleanArticle clean = preparer.prepare(article);
        List<PlannedRequest> planned = new ArrayList<>();
        SummaryContinuation continuation = SummaryContinuation.forModel(config);
        if (tasks.contains(Task.TRANSLATE) && !Translator.isEnglish(clean.language())) {
            Translator translator = translator(model);
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
        List<ChatRequest> requests = summarizer(model).plan(about, SourceLines.of(clean.paragraphs()));
        List<ChatMessage> conversation = continuation.conversation();
        if (conversation != null && requests.size() == 1) {
            List<ChatMessage> answered = new ArrayList<>(conversation);
            answered.add(AiMessage.from(PLANNED_TRANSLATION));
            ChatRequest continued =
                    summarizer(model).planContinued(about, answered, continuation.numbering(clean.paragraphs()));
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

    private Translator translator(ChatModel chat) {
        Chunker chunker = new Chunker(counter, SentenceSplitter.indonesian(), chunkTokens);
        return new Translator(chat, prompts, glossary, chunker, config.concurrency());
    }

    private Summarizer summarizer(ChatModel chat) {
        int budget =
                config.contextTokens() - Math.min(config.maxOutputTokens(), SUMMARY_ANSWER_TOKENS) - PROMPT_RESERVE;
        return new Summarizer(chat, prompts, counter, Math.max(chunkTokens, budget));
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
        if (SummaryContinuation.continues(config)) {
            for (PlannedRequest before : earlier) {
                cached = Math.max(cached, sharedTokens(before.request().messages(), messages, extra));
            }
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
        int byAnswer = (int) (config.maxOutputTokens() / ANSWER_RATIO);
        int byContext = (config.contextTokens() - config.maxOutputTokens() - PROMPT_RESERVE);
        int room = Math.min(byAnswer, byContext);
        if (room < MIN_ROOM) {
            throw new WartaException(
                    "the model's context (" + config.contextTokens() + " tokens, " + config.maxOutputTokens()
                            + " of them for the answer) leaves too little room for article text: raise the context tokens"
                            + " or lower the max output tokens");
        }
        return Math.min(chunkTokens, room);
    }
}
