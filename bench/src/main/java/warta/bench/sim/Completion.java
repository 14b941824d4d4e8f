package warta.bench.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One chat-completion answer in OpenAI's format: {@code id}, {@code object}, {@code created},
 * {@code model}, one choice with the assistant's content and {@code finish_reason} "stop", and
 * {@code usage} in {@link Tokens rough tokens}.
 */
record Completion(String model, String content, int promptTokens, int completionTokens) {

    private static final AtomicLong IDS = new AtomicLong();

    /** The answer to {@code call}: a digest's story or briefing, a summary, a translation, or a plain English sentence. */
    static Completion answering(ChatCall call, ObjectMapper json) {
        String content = DigestReply.answer(call, json)
                .orElseGet(() -> call.wantsSummary()
                        ? SummaryReply.answer(call, json)
                        : TranslationReply.answer(call).orElseGet(() -> plain(call.lastUser())));
        return new Completion(call.model(), content, Tokens.count(call.allText()), Tokens.count(content));
    }

    String toJson(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("id", "chatcmpl-sim-" + IDS.incrementAndGet());
        body.put("object", "chat.completion");
        body.put("created", Instant.now().getEpochSecond());
        body.put("model", model);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return body.toString();
    }

    /** For a request that is neither: one English sentence about as long as the question, at most 200 characters. */
    private static String plain(String question) {
        return EnglishFiller.sentence(question.length() > 200 ? question.substring(0, 200) : question, 0);
    }
}
