package warta.core.summarize;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.error.ModelException;
import warta.core.prompt.PromptLibrary;
import warta.core.sentence.SentenceSplitter;
import warta.core.usage.Messages;

/**
 * Writes an English {@link Summary} of an article (its English translation when there is one,
 * else its source text), given as {@link SourceLines}: numbered sentences, which every summary
 * sentence and key point cites. An article that fits {@code budgetTokens} is summarized in one
 * request; a longer one map-reduce style: each part within the budget is summarized (keeping the
 * article's sentence numbers), then the partial summaries are combined. JSON is enforced by a
 * schema where the provider supports one, and in any case read and validated; an answer that
 * cannot be read, breaks the limits, or has a statement without valid citations is retried once
 * with a stricter prompt that says what was wrong (a retry that no longer fits the model's context,
 * being longer by the first answer, leaves the first answer standing). What is still wrong is reported in the
 * {@link SummaryOutcome}; an answer that still cannot be read is a {@link SummaryFormatException}.
 * The summary returned cites only sentence numbers the model was shown. Partial summaries are
 * read but not validated. Thread-safe when the model is.
 */
public final class Summarizer {

    private final ChatModel model;
    private final SummaryPrompts prompts;
    private final TokenCounter counter;
    private final Chunker chunker;
    private final int budgetTokens;
    private final boolean grammar;
    private final SummaryValidator validator = new SummaryValidator();

    public Summarizer(ChatModel model, PromptLibrary prompts, TokenCounter counter, int budgetTokens) {
        this(model, prompts, counter, budgetTokens, false);
    }

    /**
     * As {@link #Summarizer(ChatModel, PromptLibrary, TokenCounter, int)}; with {@code grammar},
     * for a model that enforces every JSON Schema keyword as a grammar (llama.cpp), each request
     * carries the bounded schema of {@link SummaryJson#grammarFormat}, so its answer can fail only
     * on its language and no request is spent on the form, the limits or the citations.
     */
    public Summarizer(ChatModel model, PromptLibrary prompts, TokenCounter counter, int budgetTokens, boolean grammar) {
        this.model = Objects.requireNonNull(model, "model");
        boolean schema = model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        this.grammar = grammar && schema;
        this.prompts = new SummaryPrompts(Objects.requireNonNull(prompts, "prompts"), schema);
        this.counter = Objects.requireNonNull(counter, "counter");
        this.chunker = new Chunker(counter, SentenceSplitter.indonesian(), budgetTokens);
        this.budgetTokens = budgetTokens;
    }

    /**
     * Summarizes the article whose numbered sentences are {@code source}; {@code about} describes it
     * (title, outlet, date).
     */
    public SummaryOutcome summarize(String about, SourceLines source) {
        return summarize(about, source, null, null);
    }

    /**
     * As {@link #summarize(String, SourceLines)}, but when the article fits one request and
     * {@code conversation} is given (the exchange that translated the whole article, the model's
     * translation last), the summary is asked for as its next turn, with {@code numbering} (which
     * sentence numbers each numbered paragraph holds) instead of the text: a model that keeps
     * the conversation in its prompt cache then reads only the new instructions.
     */
    public SummaryOutcome summarize(
            String about, SourceLines source, List<ChatMessage> conversation, String numbering) {
        Set<Integer> shown = source.numbers();
        SummaryPrompts prompts = prompts(shown);
        String text = source.text();
        ChatRequest request;
        if (counter.count(text) <= budgetTokens) {
            request = conversation == null
                    ? prompts.whole(about, text)
                    : prompts.continued(conversation, about, Objects.requireNonNull(numbering, "numbering"));
        } else {
            List<String> parts = parts(source);
            List<String> partials = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Summary partial = ask(prompts, prompts.part(i + 1, parts.size(), parts.get(i)), null)
                        .summary();
                partials.add(SummaryJson.write(partial.citingOnly(shown)));
            }
            request = prompts.combine(about, partials);
        }
        Answer answer = ask(prompts, request, shown);
        return new SummaryOutcome(answer.summary().citingOnly(shown), answer.problems());
    }

    /**
     * The tokens of a summary request (whole article or one part) without the article text: the
     * prompt around it, {@code about} included, in {@code counter}'s tokens. What the context leaves
     * for the text is what it leaves for the request less this.
     */
    public static int promptTokens(PromptLibrary library, TokenCounter counter, String about) {
        SummaryPrompts prompts = new SummaryPrompts(library, false);
        return Math.max(tokens(prompts.whole(about, ""), counter), tokens(prompts.part(99, 99, ""), counter));
    }

    private static int tokens(ChatRequest request, TokenCounter counter) {
        int tokens = 0;
        for (ChatMessage message : request.messages()) {
            tokens += counter.count(Messages.text(message));
        }
        return tokens;
    }

    /** The requests that would be sent first, for dry runs; a long article's combine step depends on the answers and is not listed. */
    public List<ChatRequest> plan(String about, SourceLines source) {
        SummaryPrompts prompts = prompts(source.numbers());
        String text = source.text();
        if (counter.count(text) <= budgetTokens) {
            return List.of(prompts.whole(about, text));
        }
        List<String> parts = parts(source);
        List<ChatRequest> requests = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            requests.add(prompts.part(i + 1, parts.size(), parts.get(i)));
        }
        return requests;
    }

    /** For dry runs: the summary request as the next turn of {@code conversation} (see {@link #summarize(String, SourceLines, List, String)}). */
    public ChatRequest planContinued(
            String about, SourceLines source, List<ChatMessage> conversation, String numbering) {
        return prompts(source.numbers()).continued(conversation, about, numbering);
    }

    /** The prompts for an article whose sentence numbers are {@code shown}. */
    private SummaryPrompts prompts(Set<Integer> shown) {
        return grammar ? prompts.citing(shown) : prompts;
    }

    private List<String> parts(SourceLines source) {
        List<String> parts = new ArrayList<>();
        for (Chunk chunk : chunker.chunk(source.paragraphs())) {
            parts.add(source.part(chunk));
        }
        return parts;
    }

    /** Asks, and retries once when the answer has problems; {@code shown} is null for an answer not to validate. */
    private Answer ask(SummaryPrompts prompts, ChatRequest request, Set<Integer> shown) {
        Answer first = answer(request, shown);
        if (first.problems().isEmpty()) {
            return first;
        }
        Answer second;
        try {
            second = answer(prompts.retry(request, first.raw(), first.described()), shown);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.CONTEXT_LENGTH || first.summary() == null) {
                throw e;
            }
            return first; // the retry, longer by the first answer, does not fit: the first answer stands
        }
        if (second.summary() == null && first.summary() == null && (first.cutOff() || second.cutOff())) {
            // the answer ran into the output limit: no prompt can fix that, only a higher limit
            throw new SummaryFormatException(names -> "the model's summary was cut off by the most output tokens"
                    + " before it was whole, even after a retry (" + second.described() + "): raise "
                    + names.name("max-output-tokens"));
        }
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

    private Answer answer(ChatRequest request, Set<Integer> shown) {
        ChatResponse response = model.chat(request);
        String raw = response.aiMessage() == null ? null : response.aiMessage().text();
        boolean cutOff = response.finishReason() == FinishReason.LENGTH;
        try {
            SummaryJson.Reading reading = SummaryJson.read(raw);
            Summary summary = reading.summary();
            List<SummaryProblem> problems = new ArrayList<>();
            if (shown != null) {
                problems.addAll(validator.problems(summary));
                problems.addAll(Citations.problems(reading, shown));
            }
            return new Answer(raw, summary, problems, cutOff);
        } catch (SummaryFormatException e) {
            return new Answer(
                    raw, null, List.of(new SummaryProblem(SummaryProblem.Kind.UNREADABLE, e.getMessage())), cutOff);
        }
    }

    /** An answer as read; {@code cutOff} when the model stopped at its output limit. */
    private record Answer(String raw, Summary summary, List<SummaryProblem> problems, boolean cutOff) {

        /** The problems' sentences, joined with "; ". */
        String described() {
            return String.join("; ", problems.stream().map(SummaryProblem::text).toList());
        }
    }
}
