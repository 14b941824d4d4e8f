package warta.core.digest;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import warta.core.article.CleanArticle;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;
import warta.core.chunk.TokenizingModel;
import warta.core.error.InputException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.ServerLimits;
import warta.core.process.ArticleProcessor;
import warta.core.process.ContextGuard;
import warta.core.process.PlannedRequest;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.story.Stories;
import warta.core.story.Story;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;
import warta.core.usage.Messages;
import warta.core.usage.MeteredChatModel;
import warta.core.usage.Usage;
import warta.core.usage.UsageMeter;

/**
 * Makes digests (see {@code docs/digest.md}): each article translated and summarized by the
 * normal pipeline ({@link Articles}, so the response cache and the limits apply), unless a batch
 * output had done it; grouped into stories without a model ({@link Stories}); the stories put in
 * date order; each story written by the model in one request, or map-reduce within the context
 * ({@link StoryWriter}), with the disagreements found without a model added; the overview written
 * over the stories ({@link BriefingWriter}); and every statement checked against what it cites
 * ({@link DigestCheck}). Articles and stories are worked on {@link Work in parallel}, up to the
 * model's {@code concurrency}. Thread-safe when the model and the articles' pipeline are.
 */
public final class Digester {

    /** The normal pipeline, as the engine runs single articles. */
    public interface Articles {

        /** Translates and/or summarizes an article and checks it ({@code Warta.process}). */
        ArticleResult process(String id, CleanArticle article, Set<Task> tasks);

        /** The requests {@link #process} would send first, with token estimates; sends nothing. */
        List<PlannedRequest> plan(CleanArticle article, Set<Task> tasks);
    }

    /** Answers of story and briefing requests are kept to this, unless the server's context is known. */
    static final int ANSWER_TOKENS = 1024;
    /** The least room for story text, whatever the settings leave (as for summaries). */
    static final int MIN_ROOM = 64;

    private final ChatModel model;
    private final ModelConfig config;
    private final ServerLimits limits;
    private final PromptLibrary prompts;
    private final Articles articles;
    private final DigestCheck check;

    /**
     * @param model the model of the story and briefing requests (behind the engine's cache and
     *     limiter); for a plan, one that is never called
     * @param config the settings the model is made with (what the server said included)
     * @param limits what the server said of its context
     */
    public Digester(
            ChatModel model,
            ModelConfig config,
            ServerLimits limits,
            PromptLibrary prompts,
            Glossary glossary,
            Articles articles) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.check = new DigestCheck(glossary.asMap());
    }

    /**
     * The digest of {@code input}. Checks that fail are in {@link Digest#checks()}, not thrown.
     *
     * @throws InputException when the input has no article
     */
    public Digest digest(DigestInput input, DigestListener listener) {
        requireArticles(input);
        Objects.requireNonNull(listener, "listener");
        UsageMeter meter = new UsageMeter();
        TokenCounter counter = TokenizingModel.of(model).orElse(TokenCounters.o200k());
        ChatModel metered = new MeteredChatModel(guarded(), meter, counter);
        List<Usage> usages = new ArrayList<>();
        List<Material> worked = work(input, listener, usages);
        Grouped grouped = group(worked);
        DigestPrompts asking = new DigestPrompts(prompts, schema());
        StoryWriter writer = new StoryWriter(metered, asking, counter, room(asking, counter, true));
        List<Material> all = grouped.materials();
        Map<Integer, Material> bySource = new LinkedHashMap<>();
        all.forEach(m -> bySource.put(m.number(), m));
        AtomicInteger storiesDone = new AtomicInteger();
        List<StoryDraft> drafts = Work.map(grouped.stories(), config.concurrency(), g -> {
            StoryDraft draft = StoryDraft.write(g, writer, check, bySource);
            listener.progress(new DigestProgress(
                    DigestProgress.STORIES,
                    storiesDone.incrementAndGet(),
                    grouped.stories().size(),
                    g.id()));
            return draft;
        });
        List<DigestStory> stories = drafts.stream().map(StoryDraft::story).toList();
        List<DigestFinding> findings = new ArrayList<>();
        drafts.forEach(d -> findings.addAll(d.findings()));
        List<DigestStatement> overview = List.of();
        if (stories.size() > 1) {
            listener.progress(new DigestProgress(DigestProgress.BRIEFING, 0, 1, null));
            BriefingWriter briefing = new BriefingWriter(metered, asking, counter, room(asking, counter, false));
            Asking.Outcome<List<DigestStatement>> outcome = briefing.write(stories);
            overview = outcome.value() == null ? List.of() : outcome.value();
            findings.addAll(StoryDraft.answerFindings(
                    null, overview, outcome.problems(), outcome.unreadable(), "the overview"));
            findings.addAll(check.overview(overview, bySource));
            listener.progress(new DigestProgress(DigestProgress.BRIEFING, 1, 1, null));
        }
        usages.add(meter.usage(config.provider().id(), config.model(), prompts.version()));
        return new Digest(
                all.stream().map(Material::source).toList(), stories, overview, DigestChecks.of(findings), sum(usages));
    }

    /**
     * What {@link #digest} would do, without a model: the stories in date order, and the requests
     * it would send first: each article's that a batch output did not have done (as {@code process
     * --dry-run} shows them), then each story's (shown on the source text where the English is not
     * known yet), then the briefing's, whose stories are the story answers.
     *
     * @throws InputException when the input has no article
     */
    public DigestPlan plan(DigestInput input) {
        requireArticles(input);
        TokenCounter counter = TokenCounters.o200k();
        List<PlannedRequest> requests = new ArrayList<>();
        List<Material> known = new ArrayList<>();
        for (DigestArticle a : input.articles()) {
            Set<Task> tasks = missing(a);
            if (!tasks.isEmpty()) {
                for (PlannedRequest p : articles.plan(a.article(), tasks)) {
                    requests.add(new PlannedRequest(
                            "article " + a.id() + ": " + p.purpose(), p.request(), p.inputTokens(), p.cachedTokens()));
                }
            }
            known.add(new Material(0, a, a.translation(), a.summary()));
        }
        Grouped grouped = group(known);
        DigestPrompts asking = new DigestPrompts(prompts, schema());
        StoryWriter writer = new StoryWriter(model, asking, counter, room(asking, counter, true));
        List<StoryPlan> stories = new ArrayList<>();
        for (StoryGroup g : grouped.stories()) {
            stories.add(new StoryPlan(
                    g.id(), g.members().stream().map(m -> m.article().id()).toList(), g.firstDate(), g.lastDate()));
            boolean english = g.members().stream().allMatch(m -> m.translated() || m.translation() != null);
            List<ChatRequest> story = writer.plan(g.about(), g.members());
            for (int i = 0; i < story.size(); i++) {
                String purpose = "story " + g.id()
                        + (story.size() == 1
                                ? ""
                                : " part " + (i + 1) + " of " + story.size() + " (then one request combines the parts)")
                        + (english ? "" : " (shown on the source text; a real run uses the English)");
                requests.add(planned(purpose, story.get(i), counter));
            }
        }
        if (stories.size() > 1) {
            requests.add(planned(
                    "briefing over the " + stories.size() + " stories (their text is the story answers)",
                    new BriefingWriter(model, asking, counter, 0)
                            .plan("(here the stories as the requests above write them)"),
                    counter));
        }
        return new DigestPlan(stories, requests);
    }

    private static PlannedRequest planned(String purpose, ChatRequest request, TokenCounter counter) {
        int tokens = 0;
        for (ChatMessage message : request.messages()) {
            tokens += counter.count(Messages.text(message));
        }
        return new PlannedRequest(purpose, request, tokens);
    }

    private static void requireArticles(DigestInput input) {
        Objects.requireNonNull(input, "input");
        if (input.size() == 0) {
            String why = input.problems().isEmpty() ? "" : ": " + String.join("; ", input.problems());
            throw new InputException("no article to digest" + why);
        }
    }

    /** The tasks an article still needs: what a batch output did not have done. */
    private static Set<Task> missing(DigestArticle a) {
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        if (a.translation() == null) {
            tasks.add(Task.TRANSLATE);
        }
        if (a.summary() == null) {
            tasks.add(Task.SUMMARIZE);
        }
        return tasks;
    }

    /** Every article's English and summary: reused, or asked for through the normal pipeline. */
    private List<Material> work(DigestInput input, DigestListener listener, List<Usage> usages) {
        List<DigestArticle> all = input.articles();
        AtomicInteger done = new AtomicInteger();
        List<Material> worked = Work.map(all, config.concurrency(), a -> {
            Set<Task> tasks = missing(a);
            Material m;
            if (tasks.isEmpty()) {
                m = new Material(0, a, a.translation(), a.summary());
            } else {
                ArticleResult result = articles.process(a.id(), a.article(), tasks);
                synchronized (usages) {
                    usages.add(result.usage());
                }
                m = new Material(
                        0,
                        a,
                        result.translation() != null ? result.translation() : a.translation(),
                        result.summary() != null ? result.summary() : a.summary());
            }
            listener.progress(new DigestProgress(DigestProgress.ARTICLES, done.incrementAndGet(), all.size(), a.id()));
            return m;
        });
        return worked;
    }

    /** The articles grouped into stories in date order, numbered in that order. */
    private record Grouped(List<StoryGroup> stories) {

        List<Material> materials() {
            return stories.stream().flatMap(s -> s.members().stream()).toList();
        }
    }

    private Grouped group(List<Material> worked) {
        Map<String, Material> byId = new LinkedHashMap<>();
        List<StoryTraits> traits = new ArrayList<>();
        for (Material m : worked) {
            byId.put(m.article().id(), m);
            traits.add(StoryTraits.of(m.article().id(), m.clean()));
        }
        List<StoryGroup> stories = new ArrayList<>();
        int number = 1;
        List<Story> grouped = Stories.group(traits, StoryRules.DEFAULTS);
        for (Timeline.Dated dated : Timeline.order(
                grouped,
                StoryRules.DEFAULTS,
                id -> Chunker.join(byId.get(id).clean().paragraphs()))) {
            List<Material> members = new ArrayList<>();
            for (String id : dated.story().memberIds()) {
                Material m = byId.get(id);
                members.add(m.numbered(number));
                number++;
            }
            stories.add(new StoryGroup(
                    dated.story().id(),
                    members,
                    dated.first() == null ? null : dated.first().toString(),
                    dated.last() == null ? null : dated.last().toString()));
        }
        return new Grouped(stories);
    }

    /** Whether the provider's client takes a JSON schema as the response format. */
    private boolean schema() {
        return model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /**
     * The most tokens of text (stories, or the stories of a briefing) one request may carry: what
     * the context leaves once the answer and the prompt around the text are counted, divided by the
     * margin of a model that cannot count for itself (as for summaries); at least {@link #MIN_ROOM}.
     */
    private int room(DigestPrompts asking, TokenCounter counter, boolean story) {
        int answer = answerTokens();
        ChatRequest empty = story ? asking.part("x".repeat(200), 99, 99, "") : asking.briefing("");
        int prompt = ArticleProcessor.TEMPLATE_TOKENS;
        for (ChatMessage message : empty.messages()) {
            prompt += counter.count(Messages.text(message));
        }
        double margin = TokenizingModel.of(model).isPresent() ? 1.0 : ArticleProcessor.textMargin(config, limits);
        int room = (int) ((config.contextTokens() - answer - prompt * margin) / margin);
        return Math.max(MIN_ROOM, room);
    }

    private int answerTokens() {
        return limits.knowsContext() ? config.maxOutputTokens() : Math.min(config.maxOutputTokens(), ANSWER_TOKENS);
    }

    /** The model behind the {@link ContextGuard} when the server's context is known. */
    private ChatModel guarded() {
        return limits.knowsContext()
                ? new ContextGuard(model, limits, limits.counter(config), config.maxOutputTokens())
                : model;
    }

    private Usage sum(List<Usage> usages) {
        int requests = 0;
        int cached = 0;
        long input = 0;
        long cachedInput = 0;
        long output = 0;
        boolean estimated = false;
        long duration = 0;
        for (Usage u : usages) {
            requests += u.requests();
            cached += u.cachedRequests();
            input += u.inputTokens();
            cachedInput += u.cachedInputTokens();
            output += u.outputTokens();
            estimated |= u.estimated();
            duration += u.durationMs();
        }
        return new Usage(
                config.provider().id(),
                config.model(),
                prompts.version(),
                requests,
                cached,
                input,
                cachedInput,
                output,
                estimated,
                duration);
    }
}
