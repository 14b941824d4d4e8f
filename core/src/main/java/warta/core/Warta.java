package warta.core;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.CleanArticle;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchRunner;
import warta.core.batch.job.JobQueue;
import warta.core.batch.job.JobRunner;
import warta.core.batch.job.JobStore;
import warta.core.batch.source.BatchItem;
import warta.core.batch.source.BatchSources;
import warta.core.cache.CacheStats;
import warta.core.cache.ResponseCache;
import warta.core.chunk.Chunker;
import warta.core.daily.DailyDigests;
import warta.core.digest.Digest;
import warta.core.digest.DigestInput;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestPlan;
import warta.core.digest.DigestReader;
import warta.core.digest.Digester;
import warta.core.error.InputException;
import warta.core.error.SettingNames;
import warta.core.error.TooLargeException;
import warta.core.eval.Evaluator;
import warta.core.eval.Pipeline;
import warta.core.glossary.Glossary;
import warta.core.inspect.Inspection;
import warta.core.inspect.Inspector;
import warta.core.lang.LanguageDetector;
import warta.core.model.LazyChatModel;
import warta.core.model.ModelConfig;
import warta.core.model.ModelFactory;
import warta.core.model.ModelFiles;
import warta.core.model.Provider;
import warta.core.model.ServerLimits;
import warta.core.model.ServerProbe;
import warta.core.prepare.ArticlePreparer;
import warta.core.process.ArticleProcessor;
import warta.core.process.PlanJson;
import warta.core.process.PlanText;
import warta.core.process.PlannedRequest;
import warta.core.process.PreparedArticle;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleInput;
import warta.core.read.ArticleReader;
import warta.core.read.ReadOptions;
import warta.core.result.ArticleResult;
import warta.core.sentence.SentenceSplitter;
import warta.core.story.Stories;
import warta.core.story.StoryReport;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;
import warta.core.usage.ModelStats;
import warta.core.work.WorkQueue;
import warta.core.worker.KafkaClients;
import warta.core.worker.KafkaWorker;
import warta.core.worker.TopicPlan;
import warta.core.worker.WorkerSettings;

/**
 * The front door of Warta's engine: made once from a {@link ModelConfig} and settings with
 * {@link #builder}, then used for every article. The CLI and the server each hold one and build
 * no engine part themselves; a library user starts here too.
 *
 * <pre>{@code
 * Warta warta = Warta.builder(ModelConfigResolver.fromSystem(Map.of())).build();
 * ArticleResult result = warta.process("artikel.txt", System.in, EnumSet.allOf(Task.class), ProcessListener.NONE);
 * }</pre>
 *
 * <p>It owns the one order of model wrappers, from the outside in:
 * <ol>
 *   <li>per article, the usage meter of the result ({@link ArticleProcessor});
 *   <li>the {@link ResponseCache}, on every path (single articles, {@link #submit}, batches,
 *       jobs) when the engine has one ({@link Builder#cache}); batches and jobs of an engine
 *       without one keep answers in their output folder ({@link BatchRunner});
 *   <li>{@link ModelStats}: requests, tokens and failures for metrics, batches and jobs included;
 *   <li>the model, made on first use, one at a time ({@link EngineModels}: nothing is downloaded
 *       or connected to before the first request or {@link #loadModel}), whose outermost layer is
 *       the one retry layer;
 *   <li>the adaptive limiter, inside the retries so that it sees every attempt and slows down on
 *       each 429 or timeout: one for all single articles together ({@code concurrency} requests,
 *       the server's slots when it said them: a request waits its turn here, outside its
 *       {@code timeout}), one per batch, and for jobs their own or, when the slots are known, the
 *       single articles' one;
 *   <li>the provider's client.
 * </ol>
 * Limits: the chunk budget (at least {@link Chunker#MIN_TOKENS}), the reader's size and fetch
 * limits, the most characters of cleaned text an article may have (kept by inspection, requests,
 * plans, batches and jobs alike: one {@link ArticlePreparer}), and, when it has one, the work
 * queue of {@link #submit}. Thread-safe; {@link #close} stops its work queue.
 */
public final class Warta implements AutoCloseable {

    private final ModelConfig config;
    private final ArticleReader reader;
    private final int chunkTokens;
    private final ArticlePreparer preparer;
    private final EngineModels models;
    private final WorkQueue queue;
    private final ResponseCache cache;
    private final SettingNames settingNames;
    private Inspector inspector;
    private PromptLibrary prompts;
    private Glossary glossary;
    private ArticleProcessor processor;
    private final Set<String> explicitSettings;
    private ServerLimits serverLimits;

    private Warta(Builder builder) {
        this.config = builder.config;
        this.explicitSettings = builder.explicitSettings;
        this.prompts = builder.prompts;
        this.glossary = builder.glossary;
        this.reader = new ArticleReader(builder.readOptions);
        this.chunkTokens = requireChunkTokens(builder.chunkTokens);
        ArticleProcessor.chunkBudget(config, chunkTokens);
        this.preparer = new ArticlePreparer(builder.maxArticleChars, builder.maxArticleCharsSetting);
        this.settingNames = builder.settingNames;
        this.models = new EngineModels(config, this::effectiveConfig, builder.models, builder.files, settingNames);
        this.queue = builder.workers == 0 ? null : new WorkQueue(builder.workers, builder.waiting, builder.timeout);
        ResponseCache answers =
                builder.cacheDir == null ? null : new ResponseCache(builder.cacheDir, builder.cacheMaxBytes);
        this.cache = answers != null && builder.refreshCache ? answers.refreshing() : answers;
    }

    /**
     * Starts loading, on a background thread, what reading an article's language needs (the
     * language model: most of a second). A front end that is about to inspect, prepare or process
     * an article calls it as early as it can, so the load overlaps with its own start; anything
     * that needs the model waits for the load. Does nothing after the first call.
     */
    public static void warmUp() {
        LanguageDetector.loadInBackground();
    }

    /** A builder for an engine with the default model settings: for work with no model, such as {@link #inspect}. */
    public static Builder builder() {
        return new Builder(ModelConfig.builder().build());
    }

    /** A builder for an engine on the model {@code config} describes. */
    public static Builder builder(ModelConfig config) {
        return new Builder(config);
    }

    public ModelConfig config() {
        return config;
    }

    /** How the front end that made this engine names its settings, for the advice in messages. */
    public SettingNames settingNames() {
        return settingNames;
    }

    /** Where an embedded model's file is found (a provider probe looks there too). */
    public ModelFiles modelFiles() {
        return models.files();
    }

    /** The version hash of the prompt templates in use. */
    public String promptVersion() {
        return prompts().version();
    }

    /** This engine's model use so far, for metrics. */
    public ModelStats stats() {
        return models.stats();
    }

    /** What the response cache holds, or empty when this engine has none. */
    public Optional<CacheStats> cacheStats() {
        return Optional.ofNullable(cache).map(ResponseCache::stats);
    }

    /** Deletes every answer of the response cache; returns how many were deleted (0 without a cache). */
    public int clearCache() {
        return cache == null ? 0 : cache.clear();
    }

    /** The reader, with this engine's limits. */
    public ArticleReader reader() {
        return reader;
    }

    /**
     * Makes the model now (for the in-process provider: finds, downloads and loads its file), so
     * that a model that cannot be made fails once, before any article is read.
     */
    public void loadModel() {
        models.load();
    }

    /**
     * Why the provider cannot be used now (unreachable, refused key, unknown model; for the
     * in-process model, a file not in the cache), or empty when it can: a {@code GET /models} or
     * {@code /api/tags}, no tokens spent, never a download, asked at most every 30 seconds. The
     * reason's advice names settings as {@link Builder#settingNames} does.
     */
    public Optional<String> providerProblem() {
        return models.problem();
    }

    /** Reads a file, an http(s) URL, or standard input for {@code "-"}. */
    public Article read(String input, InputStream stdin) {
        return input.equals("-") ? reader.readStdin(stdin) : reader.read(input);
    }

    /** Reads (or fetches) an article given as {@link ArticleInput}. */
    public Article read(ArticleInput input) {
        return input.read(reader);
    }

    /**
     * What Warta would work on, with no model involved, in chunks of the engine's budget.
     *
     * @throws TooLargeException when its cleaned text is longer than the engine's limit
     */
    public Inspection inspect(Article article) {
        return inspector().inspect(article);
    }

    /**
     * As {@link #inspect(Article)}, in chunks of {@code chunkTokens}.
     *
     * @throws InputException when the budget is below {@link Chunker#MIN_TOKENS}
     */
    public Inspection inspect(Article article, int chunkTokens) {
        if (chunkTokens == this.chunkTokens) {
            return inspector().inspect(article);
        }
        return new Inspector(requireChunkTokens(chunkTokens), preparer).inspect(article);
    }

    /**
     * Cleans and describes an article: the first step of {@link #process}.
     *
     * @throws TooLargeException when its cleaned text is longer than the engine's limit
     */
    public CleanArticle prepare(Article article) {
        return preparer.prepare(article);
    }

    /**
     * Reads, cleans and checks an article before any model work is queued for it.
     *
     * @throws InputException when it cannot be read or used, {@link TooLargeException} when its
     *     cleaned text is longer than the engine's limit
     */
    public PreparedArticle prepare(ArticleInput input) {
        return prepare(read(input), input.id());
    }

    /**
     * As {@link #prepare(ArticleInput)}, for an article already read, under {@code id} (or one
     * made from its source when null).
     *
     * @throws InputException for an unusable id, {@link TooLargeException} as above
     */
    public PreparedArticle prepare(Article article, String id) {
        ArticleInput.checkId(id);
        return new PreparedArticle(id != null ? id : ArticleIds.of(article.source()), prepare(article));
    }

    /**
     * Reads a file, an http(s) URL, or standard input for {@code "-"}, then translates and/or
     * summarizes it and checks the output: one article's whole way, as {@code warta process} runs it.
     */
    public ArticleResult process(String input, InputStream stdin, Set<Task> tasks, ProcessListener listener) {
        return process(read(input, stdin), tasks, listener);
    }

    /** Translates and/or summarizes an article and checks the output. */
    public ArticleResult process(Article article, Set<Task> tasks, ProcessListener listener) {
        return processor().process(article, tasks, listener);
    }

    /**
     * As {@link #process(Article, Set, ProcessListener)} for a prepared article, with
     * {@code overrides} (or null) merged over the glossary for this article only.
     */
    public ArticleResult process(
            PreparedArticle article, Set<Task> tasks, Glossary overrides, ProcessListener listener) {
        ArticleProcessor chosen = overrides == null || overrides.size() == 0
                ? processor()
                : processor(cached(singleArticles()), glossary().with(overrides));
        return chosen.process(article.id(), article.article(), tasks, listener);
    }

    /**
     * An evaluator of this engine's model on reference sets ({@code warta eval}): each item goes the
     * way of {@link #process(PreparedArticle, Set, Glossary, ProcessListener)} (prepared, processed,
     * checked, through the response cache when the engine has one), and its sentences are counted
     * as {@code inspect} counts them.
     *
     * @param label the name the model goes by in the report
     */
    public Evaluator evaluator(String label) {
        return new Evaluator(label, (item, tasks) -> {
            PreparedArticle prepared = prepare(item.article(), null);
            int sentences = SentenceSplitter.indonesian()
                    .splitEach(prepared.article().paragraphs())
                    .stream()
                    .mapToInt(List::size)
                    .sum();
            return new Pipeline.Run(process(prepared, tasks, null, ProcessListener.NONE), sentences);
        });
    }

    /**
     * Prepares the article now, on the caller's thread, so that bad input is refused before it
     * takes a place, then runs it in the engine's work queue.
     *
     * @param overrides the caller's own glossary entries, or null
     * @throws InputException as {@link #prepare(ArticleInput)} does
     * @throws warta.core.work.QueueFullException when the queue is full; {@link IllegalStateException}
     *     when the engine was built without a queue
     */
    public CompletableFuture<ArticleResult> submit(
            ArticleInput input, Glossary overrides, Set<Task> tasks, ProcessListener listener) {
        return submit(prepare(input), overrides, tasks, listener);
    }

    /** As {@link #submit(ArticleInput, Glossary, Set, ProcessListener)}, for an article already read. */
    public CompletableFuture<ArticleResult> submit(
            Article article, String id, Set<Task> tasks, ProcessListener listener) {
        return submit(prepare(article, id), null, tasks, listener);
    }

    private CompletableFuture<ArticleResult> submit(
            PreparedArticle article, Glossary overrides, Set<Task> tasks, ProcessListener listener) {
        return queue().submit(() -> process(article, tasks, overrides, listener));
    }

    /**
     * What the model server said about its limits (context per request, slots, tokenizer), asked
     * once, on first use, with a short timeout ({@link ServerProbe}); never fails. Unknown, and not
     * asked, unless the engine was built with {@link Builder#learnServerLimits}.
     */
    public synchronized ServerLimits serverLimits() {
        if (serverLimits == null) {
            serverLimits = explicitSettings == null ? ServerLimits.unknown(1, "not asked") : ServerProbe.learn(config);
        }
        return serverLimits;
    }

    /**
     * What the model server said, in one line for people ({@code --verbose}, {@code --dry-run}):
     * empty when the engine does not ask, or the model runs in-process (there is no server).
     */
    public Optional<String> serverLimitsLine() {
        if (explicitSettings == null || config.provider() == Provider.EMBEDDED) {
            return Optional.empty();
        }
        return Optional.of(serverLimits().describe());
    }

    /** The configuration with what the server said where the user set nothing ({@link ServerLimits#applyTo}). */
    public ModelConfig effectiveConfig() {
        return explicitSettings == null ? config : serverLimits().applyTo(config, explicitSettings);
    }

    /** The work queue of {@link #submit}, for its gauges. @throws IllegalStateException when there is none */
    public WorkQueue queue() {
        if (queue == null) {
            throw new IllegalStateException("this engine was built without a work queue (Builder.queue)");
        }
        return queue;
    }

    /** The first requests a run would send, exactly, with token estimates; nothing is sent, no model is made. */
    public List<PlannedRequest> plan(Article article, Set<Task> tasks) {
        return processor(planModel(), glossary()).plan(article, tasks);
    }

    /** The plan of {@link #plan} for an input as {@link #read(String, InputStream)} reads it, for people to read. */
    public String planText(String input, InputStream stdin, Set<Task> tasks) {
        List<PlannedRequest> plan = plan(read(input, stdin), tasks);
        String text = PlanText.render(input, plan, effectiveConfig());
        return serverLimitsLine().map(line -> text + line + "\n").orElse(text);
    }

    /** The plan of {@link #plan} for an input, as one line of JSON ({@link PlanJson}), without a line break. */
    public String planJson(String input, InputStream stdin, Set<Task> tasks) {
        return PlanJson.render(input, plan(read(input, stdin), tasks), effectiveConfig());
    }

    /**
     * Opens an output folder for a batch, its requests limited to {@code options.concurrency()}
     * in flight by an adaptive limiter inside the retry layer.
     *
     * @throws InputException when the folder cannot be used or another batch holds it
     */
    public BatchRunner batch(BatchOptions options) {
        return BatchRunner.open(
                options,
                effectiveConfig(),
                models.limited(options.concurrency()),
                cache,
                m -> processor(m, glossary()),
                settingNames);
    }

    /**
     * The daily digests of the batch output folder {@code outDir} ({@code batch --watch --digest
     * daily}): each day's done articles, their results reused, digested by {@link #digest}; an
     * undated article's day is taken in the machine's time zone.
     */
    public DailyDigests dailyDigests(Path outDir) {
        return new DailyDigests(
                outDir, ZoneId.systemDefault(), (folder, ids) -> digestReader().read(folder, ids), this::digest);
    }

    /**
     * The articles of batch sources, made lazily: files, folders, JSON Lines files, feeds, and
     * for {@code "-"} paths or URLs read from {@code stdin}.
     */
    public Stream<BatchItem> items(List<String> sources, InputStream stdin) {
        return new BatchSources(reader).items(sources, stdin);
    }

    /**
     * Which of the articles of batch sources (files, folders, JSON Lines, feeds, {@code "-"})
     * report the same event, by {@link StoryRules#DEFAULTS}; no model involved. An article that
     * cannot be read or used is left out and named in the report's failures, in the terms of
     * {@link #settingNames()}. The files the sources open are closed when this returns, whatever
     * happened.
     *
     * @throws InputException when a source cannot be used at all (see {@link #checkSources})
     */
    public StoryReport stories(List<String> sources, InputStream stdin) {
        checkSources(sources);
        return stories(items(sources, stdin));
    }

    /**
     * As {@link #stories(List, InputStream)}, over these items; the stream is consumed and closed
     * (closing what its sources hold open) when this returns or throws.
     */
    public StoryReport stories(Stream<BatchItem> items) {
        List<StoryTraits> traits = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (items) {
            items.forEach(item -> {
                try {
                    traits.add(StoryTraits.of(item.id(), prepare(item.load())));
                } catch (InputException e) {
                    failures.add(item.source().label() + ": " + e.message(settingNames));
                }
            });
        }
        return new StoryReport(Stories.group(traits, StoryRules.DEFAULTS), StoryRules.DEFAULTS, failures);
    }

    /**
     * The articles of a digest, from batch sources (files, folders, JSON Lines, feeds, {@code "-"})
     * and batch output folders (a folder with {@code index.jsonl}: its done articles keep their
     * translation and summary, so nothing already translated is translated again); read and cleaned
     * now, without a model. An input that cannot be read is a line of {@link DigestInput#problems()}.
     *
     * @throws InputException when a source cannot be used at all (see {@link #checkSources})
     */
    public DigestInput digestInput(List<String> sources, InputStream stdin) {
        checkSources(
                sources.stream().filter(s -> !DigestReader.isBatchOutput(s)).toList());
        return digestReader().read(sources, stdin);
    }

    /** The articles of a digest as the server takes them; one that cannot be used is a problem line. */
    public DigestInput digestInput(List<ArticleInput> articles) {
        return digestReader().read(articles);
    }

    /**
     * The done articles of a batch output folder (a finished job's), with their translations and
     * summaries.
     *
     * @throws InputException when it is not a batch output folder
     */
    public DigestInput digestInput(Path batchOutputFolder) {
        return digestReader().read(batchOutputFolder);
    }

    /**
     * The done articles of a batch output folder whose ids are in {@code ids}: only their results
     * and sources are read.
     *
     * @throws InputException when it is not a batch output folder
     */
    public DigestInput digestInput(Path batchOutputFolder, Collection<String> ids) {
        return digestReader().read(batchOutputFolder, ids);
    }

    /** What {@link #digest} would do: the stories and the first requests, with token estimates; no model is made. */
    public DigestPlan planDigest(DigestInput input) {
        return digester(planModel()).plan(input);
    }

    /**
     * A checked English briefing of the articles: each translated and summarized (unless reused
     * from a batch output), grouped into stories, each story written with citations, then the
     * overview; every statement checked against what it cites. Checks that fail do not throw: see
     * {@link Digest#checks()}.
     *
     * @throws InputException when there is no article to digest
     */
    public Digest digest(DigestInput input, DigestListener listener) {
        return digester(cached(singleArticles())).digest(input, listener);
    }

    private DigestReader digestReader() {
        return new DigestReader(this::items, this::prepare, this::prepare, settingNames);
    }

    /**
     * A digester whose story and briefing requests go to {@code model}, and whose articles go the
     * way of {@link #process(PreparedArticle, Set, Glossary, ProcessListener)} (planned as
     * {@link #plan} plans them, with no model).
     */
    private Digester digester(ChatModel model) {
        Digester.Articles articles = new Digester.Articles() {
            @Override
            public ArticleResult process(String id, CleanArticle article, Set<Task> tasks) {
                return processor().process(id, article, tasks, ProcessListener.NONE);
            }

            @Override
            public List<PlannedRequest> plan(CleanArticle article, Set<Task> tasks) {
                return processor(planModel(), glossary()).plan(article, tasks);
            }
        };
        return new Digester(model, effectiveConfig(), serverLimits(), prompts(), glossary(), articles);
    }

    /**
     * How many articles the batch sources hold, when every source is a local file or folder (for a
     * progress bar's total); empty when one is a URL, a list of feeds or {@code "-"}. Fetches
     * nothing and loads no article.
     */
    public OptionalLong countItems(List<String> sources) {
        return new BatchSources(reader).count(sources);
    }

    /**
     * Refuses, before any work, batch sources that cannot be used at all: a path where nothing
     * is, a URL that is not http or https. Reads and fetches nothing; a source that goes missing
     * later (between the polls of a watch) is a failing article like any other.
     *
     * @throws InputException naming the first such source
     */
    public void checkSources(List<String> sources) {
        new BatchSources(reader).check(sources);
    }

    /**
     * The persistent batch jobs kept in {@code dir}, run one at a time as batches are run, with
     * {@code concurrency} model requests in flight through an adaptive limiter inside the retry
     * layer (when the server said its slots, the one limiter of single articles, so that jobs and
     * single articles together keep within them); {@link JobQueue#close} waits up to {@code drain}
     * for the articles in flight. A job runs with, and its answers are cached under,
     * {@link #effectiveConfig}, asked when the job starts.
     */
    public JobQueue jobs(Path dir, int concurrency, Duration drain) {
        JobStore store = new JobStore(dir);
        JobRunner runner = new JobRunner(
                store,
                new BatchSources(reader),
                this::effectiveConfig,
                new LazyChatModel(() -> jobsModel(concurrency)),
                cache,
                m -> processor(m, glossary()),
                concurrency,
                settingNames);
        return new JobQueue(store, runner, drain);
    }

    /**
     * A Kafka worker ({@link KafkaWorker}): articles from a topic through the processor a batch
     * uses, its requests limited to {@code settings.concurrency()} in flight by an adaptive
     * limiter inside the retry layer and answered from the response cache when it has them (a
     * record delivered again costs no request already answered). Connects to nothing until
     * {@link KafkaWorker#run}.
     */
    public KafkaWorker worker(WorkerSettings settings) {
        return worker(settings, KafkaClients.of(settings));
    }

    /** As {@link #worker(WorkerSettings)}, with the Kafka clients {@code clients} makes. */
    public KafkaWorker worker(WorkerSettings settings, KafkaClients clients) {
        ChatModel model = cached(models.limited(settings.concurrency()));
        return KafkaWorker.create(
                settings,
                processor(model, glossary()),
                effectiveConfig(),
                new BatchSources(reader),
                settingNames,
                clients);
    }

    /**
     * The topics and partitions a worker with {@code settings} would use, as the brokers say
     * ({@code warta worker --dry-run}); makes no model.
     *
     * @throws warta.core.worker.BrokerException when the brokers cannot be reached
     */
    public TopicPlan topicPlan(WorkerSettings settings) {
        return TopicPlan.describe(settings, KafkaClients.of(settings));
    }

    /** Stops the work queue, if there is one: no new work, a while for the running work, then interrupts. */
    @Override
    public void close() {
        if (queue != null) {
            queue.close();
        }
    }

    /**
     * The processor of single articles, made on first use with the prompts and the glossary, so
     * that work with no model (inspect) loads neither.
     */
    private synchronized ArticleProcessor processor() {
        if (processor == null) {
            processor = processor(cached(singleArticles()), glossary());
        }
        return processor;
    }

    /**
     * The model of single articles ({@link #process}, {@link #submit}): the articles in flight
     * together keep within {@code concurrency} requests ({@link #effectiveConfig}: the server's
     * slots when it said them), through an adaptive limiter, as a batch does. A request waits for
     * its turn here, where the wait does not count against its {@code timeout}; a server with two
     * slots would queue a third request, and count the wait.
     */
    private ChatModel singleArticles() {
        return models.plain(); // one, so that requests with their own glossary share its limiter
    }

    /** The model of batch jobs, made when the first job asks: see {@link #jobs}. */
    private ChatModel jobsModel(int concurrency) {
        return serverLimits().slots() > 0 ? singleArticles() : models.limited(concurrency);
    }

    /**
     * {@code model} behind the response cache, when there is one, keyed with the settings the model
     * is made with ({@link #effectiveConfig}: what the server said included).
     */
    private ChatModel cached(ChatModel model) {
        return cache == null ? model : cache.around(model, effectiveConfig(), true);
    }

    /**
     * Made on first use: an inspector loads the token vocabulary, which a command that inspects
     * nothing never needs. The language model, which inspection needs next, loads on another thread
     * meanwhile.
     */
    private synchronized Inspector inspector() {
        if (inspector == null) {
            LanguageDetector.loadInBackground();
            inspector = new Inspector(chunkTokens, preparer);
        }
        return inspector;
    }

    private synchronized PromptLibrary prompts() {
        if (prompts == null) {
            prompts = PromptLibrary.builtIn();
        }
        return prompts;
    }

    private synchronized Glossary glossary() {
        if (glossary == null) {
            glossary = Glossary.builtIn();
        }
        return glossary;
    }

    /**
     * The one place an {@link ArticleProcessor} is made. It loads the token vocabulary; the
     * language model, which preparing the article needs, loads on another thread meanwhile.
     */
    private ArticleProcessor processor(ChatModel model, Glossary glossary) {
        LanguageDetector.loadInBackground();
        return new ArticleProcessor(
                model, effectiveConfig(), prompts(), glossary, chunkTokens, preparer, serverLimits(), settingNames);
    }

    private static int requireChunkTokens(int chunkTokens) {
        if (chunkTokens < Chunker.MIN_TOKENS) {
            throw new InputException("\"chunkTokens\" must be at least " + Chunker.MIN_TOKENS + ", not " + chunkTokens);
        }
        return chunkTokens;
    }

    /**
     * The model of a plan: planning sends nothing, and must not make (download, load) the real
     * model to ask what it supports; it says what the provider's client takes
     * ({@link warta.core.model.Provider#capabilities}), less a JSON schema the server has refused, so the plan
     * shows the requests as they would be sent.
     */
    private ChatModel planModel() {
        Set<Capability> capabilities =
                models.schemaRejected() ? Set.of() : config.provider().capabilities();
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new IllegalStateException("a plan sends no request");
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return capabilities;
            }
        };
    }

    /** Settings of a {@link Warta}; each has a default but the model configuration. Not thread-safe. */
    public static final class Builder {

        private final ModelConfig config;
        private PromptLibrary prompts;
        private Glossary glossary;
        private ReadOptions readOptions = ReadOptions.defaults();
        private int chunkTokens = Inspector.DEFAULT_CHUNK_TOKENS;
        private int maxArticleChars = Integer.MAX_VALUE;
        private String maxArticleCharsSetting = "the engine's limit";
        private ModelFactory models = ModelFactory.standard();
        private ModelFiles files;
        private SettingNames settingNames = SettingNames.FLAGS;
        private int workers;
        private int waiting;
        private Duration timeout;
        private Path cacheDir;
        private long cacheMaxBytes;
        private boolean refreshCache;
        private Set<String> explicitSettings;

        private Builder(ModelConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * How the front end names settings in the advice of its messages (the provider problem;
         * {@link warta.core.error.WartaException#message}); default {@link SettingNames#FLAGS}.
         */
        public Builder settingNames(SettingNames settingNames) {
            this.settingNames = Objects.requireNonNull(settingNames, "settingNames");
            return this;
        }

        /** The prompt templates; default the built-in ones. */
        public Builder prompts(PromptLibrary prompts) {
            this.prompts = Objects.requireNonNull(prompts, "prompts");
            return this;
        }

        /** The glossary; default the built-in one. */
        public Builder glossary(Glossary glossary) {
            this.glossary = Objects.requireNonNull(glossary, "glossary");
            return this;
        }

        /** How inputs are read: size and fetch limits, private addresses; default {@link ReadOptions#defaults()}. */
        public Builder readOptions(ReadOptions readOptions) {
            this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
            return this;
        }

        /** The most tokens of article text in one chunk; default {@value Inspector#DEFAULT_CHUNK_TOKENS}. */
        public Builder chunkTokens(int chunkTokens) {
            this.chunkTokens = chunkTokens;
            return this;
        }

        /**
         * The most characters of cleaned text an article may have, wherever it is prepared
         * ({@link #inspect}, {@link #prepare}, {@link #process}, {@link #batch}, {@link #jobs});
         * default no limit. {@code setting} names where it is set, for the message of a refusal.
         */
        public Builder maxArticleChars(int maxArticleChars, String setting) {
            Objects.requireNonNull(setting, "setting");
            if (maxArticleChars < 1) {
                throw new IllegalArgumentException(setting + " must be at least 1, not " + maxArticleChars);
            }
            this.maxArticleChars = maxArticleChars;
            this.maxArticleCharsSetting = setting;
            return this;
        }

        /** How the model is made; default {@link ModelFactory#standard()} (tests put fakes here). */
        public Builder models(ModelFactory models) {
            this.models = Objects.requireNonNull(models, "models");
            return this;
        }

        /** Where an embedded model's file is found; default {@link ModelFiles#fromSystem()}. */
        public Builder modelFiles(ModelFiles files) {
            this.files = Objects.requireNonNull(files, "files");
            return this;
        }

        /**
         * A work queue for {@link #submit}: {@code workers} articles at once, {@code waiting} more
         * in line, each for at most {@code timeout}; default none.
         */
        public Builder queue(int workers, int waiting, Duration timeout) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, not " + workers);
            }
            this.workers = workers;
            this.waiting = waiting;
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Keeps finished model answers in {@code dir}, at most about {@code maxBytes} of them
         * (least recently used go first), for every path of this engine and every process that
         * uses the same folder; default none (batches and jobs then keep answers in their output
         * folder).
         */
        public Builder cache(Path dir, long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
            }
            this.cacheDir = Objects.requireNonNull(dir, "dir");
            this.cacheMaxBytes = maxBytes;
            return this;
        }

        /**
         * Whether the {@link #cache} is never read: every request is asked of the model, and the
         * answer replaces the stored one, for later runs (default false).
         */
        public Builder refreshCache(boolean refresh) {
            this.refreshCache = refresh;
            return this;
        }

        /**
         * Asks the model server for its limits on first use ({@link Warta#serverLimits}) and uses
         * them where the user set nothing: {@code explicit} holds the config keys the user set
         * ({@code context-tokens}, {@code concurrency}, ...), which win. Off by default.
         */
        public Builder learnServerLimits(Set<String> explicit) {
            this.explicitSettings = Set.copyOf(explicit);
            return this;
        }

        /**
         * The engine.
         *
         * @throws InputException when the chunk budget is below {@link Chunker#MIN_TOKENS}
         * @throws warta.core.error.WartaException when the model's context leaves too little room for text
         */
        public Warta build() {
            return new Warta(this);
        }
    }
}
