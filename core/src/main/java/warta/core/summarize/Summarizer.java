package warta.core.summarize;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.prompt.PromptLibrary;
import warta.core.sentence.SentenceSplitter;

/**
 * Writes an English {@link Summary} of an article (its English translation when there is one,
 * else its source text). An article that fits {@code budgetTokens} is summarized in one request;
 * a longer one map-reduce style: each part within the budget is summarized, then the partial
 * summaries are combined. JSON is enforced by a schema where the provider supports one, and in
 * any case read and validated; an answer that cannot be read, or breaks the limits, is retried
 * once with a stricter prompt that says what was wrong. What still breaks the limits is
 * reported in the {@link SummaryOutcome}; an answer that still cannot be read is a
 * {@link SummaryFormatException}. Thread-safe when the model is.
 */
public final class Summarizer {

    private final ChatModel model;
    private final SummaryPrompts prompts;
    private final TokenCounter counter;
    private final Chunker chunker;
    private final int budgetTokens;
    private final SummaryValidator validator = new SummaryValidator();

    public Summarizer(ChatModel model, PromptLibrary prompts, TokenCounter counter, int budgetTokens) {
        this.model = Objects.requireNonNull(model, "model");
        boolean schema = model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        this.prompts = new SummaryPrompts(Objects.requireNonNull(prompts, "prompts"), schema);
        this.counter = Objects.requireNonNull(counter, "counter");
        this.chunker = new Chunker(counter, SentenceSplitter.indonesian(), budgetTokens);
        this.budgetTokens = budgetTokens;
    }

    /** Summarizes the article made of {@code paragraphs}; {@code about} describes it (title, outlet, date). */
    public SummaryOutcome summarize(String about, List<String> paragraphs) {
        String text = Chunker.join(paragraphs);
        ChatRequest request;
        if (counter.count(text) <= budgetTokens) {
            request = prompts.whole(about, text);
        } else {
            List<Chunk> parts = chunker.chunk(paragraphs);
            List<String> partials = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Summary partial = ask(
                                prompts.part(i + 1, parts.size(), parts.get(i).text()), false)
                        .summary();
                partials.add(SummaryJson.write(partial));
            }
            request = prompts.combine(about, partials);
        }
        Answer answer = ask(request, true);
        return new SummaryOutcome(answer.summary(), answer.problems());
    }

    /** The requests that would be sent first, for dry runs; a long article's combine step depends on the answers and is not listed. */
    public List<ChatRequest> plan(String about, List<String> paragraphs) {
        String text = Chunker.join(paragraphs);
        if (counter.count(text) <= budgetTokens) {
            return List.of(prompts.whole(about, text));
        }
        List<Chunk> parts = chunker.chunk(paragraphs);
        List<ChatRequest> requests = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            requests.add(prompts.part(i + 1, parts.size(), parts.get(i).text()));
        }
        return requests;
    }

    private Answer ask(ChatRequest request, boolean validate) {
        Answer first = answer(request, validate);
        if (first.problems().isEmpty()) {
            return first;
        }
        Answer second = answer(prompts.retry(request, first.raw(), first.described()), validate);
        if (second.summary() == null && first.summary() == null) {
            throw new SummaryFormatException(
                    "the model's summary could not be read, even after a retry: " + second.described());
        }
        if (second.summary() == null) {
            return first;
        }
        return first.summary() == null
                        || second.problems().size() <= first.problems().size()
                ? second
                : first;
    }

    private Answer answer(ChatRequest request, boolean validate) {
        ChatResponse response = model.chat(request);
        String raw = response.aiMessage() == null ? null : response.aiMessage().text();
        try {
            Summary summary = SummaryJson.parse(raw);
            return new Answer(raw, summary, validate ? validator.problems(summary) : List.of());
        } catch (SummaryFormatException e) {
            return new Answer(raw, null, List.of(new SummaryProblem(SummaryProblem.Kind.UNREADABLE, e.getMessage())));
        }
    }

    private record Answer(String raw, Summary summary, List<SummaryProblem> problems) {

        /** The problems' sentences, joined with "; ". */
        String described() {
            return String.join("; ", problems.stream().map(SummaryProblem::text).toList());
        }
    }
}
