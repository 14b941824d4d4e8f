package warta.bench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The llama-server mode: a context of {@code contextPerSlot} tokens for each of {@code slots}
 * slots, as {@code llama-server -c (contextPerSlot * slots) -np slots} has. A request waits for a
 * free slot (it is queued, never refused). A prompt longer than the slot is cut silently, keeping
 * its end, as llama-server does ({@code input truncated}); a prompt that fits but leaves less than
 * its {@code max_tokens} for the answer would make llama-server shift the context mid-answer.
 * Both are counted, so a test can assert that a client never caused either. Thread-safe.
 */
final class SlotContext {

    private final int contextPerSlot;
    private final int slots;
    private final Semaphore free;
    private final AtomicInteger truncatedPrompts = new AtomicInteger();
    private final AtomicInteger contextOverflows = new AtomicInteger();
    private final AtomicInteger tokenizeCalls = new AtomicInteger();
    private final AtomicInteger propsCalls = new AtomicInteger();
    private final AtomicLong largestRequest = new AtomicLong();

    SlotContext(int contextPerSlot, int slots) {
        this.contextPerSlot = contextPerSlot;
        this.slots = slots;
        this.free = new Semaphore(slots, true);
    }

    /** {@code GET /props}: the fields of llama-server's answer that clients read. */
    String props() {
        propsCalls.incrementAndGet();
        return "{\"default_generation_settings\":{\"n_ctx\":" + contextPerSlot + ",\"n_predict\":-1},"
                + "\"total_slots\":" + slots + ",\"model_path\":\"simulated.gguf\",\"chat_template\":\"\"}";
    }

    /** Counts a {@code POST /tokenize}. */
    void tokenized() {
        tokenizeCalls.incrementAndGet();
    }

    void acquire() throws InterruptedException {
        free.acquire();
    }

    void release() {
        free.release();
    }

    /** The prompt's tokens by the chat template: each message's text and its overhead. */
    static int promptTokens(ChatCall call) {
        int tokens = 0;
        for (ChatCall.Message message : call.messages()) {
            tokens += LlamaTokens.count(message.content()) + LlamaTokens.PER_MESSAGE;
        }
        return tokens;
    }

    /**
     * The call as the model sees it: whole when it fits the slot, else with its start cut off
     * (whole messages first, then the front of the first one kept), counted as truncated. A call
     * that fits but whose {@code maxTokens} does not is counted as an overflow.
     */
    ChatCall admit(ChatCall call, int maxTokens) {
        int prompt = promptTokens(call);
        largestRequest.accumulateAndGet(prompt + (long) Math.max(maxTokens, 0), Math::max);
        if (prompt > contextPerSlot) {
            truncatedPrompts.incrementAndGet();
            return keepEnd(call);
        }
        if (maxTokens > 0 && prompt + maxTokens > contextPerSlot) {
            contextOverflows.incrementAndGet();
        }
        return call;
    }

    private ChatCall keepEnd(ChatCall call) {
        List<ChatCall.Message> kept = new ArrayList<>();
        int room = contextPerSlot / 2; // llama-server keeps n_keep and half of the rest; keep it simple
        for (int i = call.messages().size() - 1; i >= 0 && room > LlamaTokens.PER_MESSAGE; i--) {
            ChatCall.Message message = call.messages().get(i);
            int tokens = LlamaTokens.count(message.content());
            int fits = Math.min(tokens, room - LlamaTokens.PER_MESSAGE);
            String text = message.content();
            kept.addFirst(new ChatCall.Message(
                    message.role(), text.substring(Math.max(0, text.length() - fits * LlamaTokens.CHARS))));
            room -= fits + LlamaTokens.PER_MESSAGE;
        }
        return new ChatCall(call.model(), List.copyOf(kept), call.responseFormat());
    }

    ContextStats stats() {
        return new ContextStats(
                contextPerSlot,
                slots,
                truncatedPrompts.get(),
                contextOverflows.get(),
                tokenizeCalls.get(),
                propsCalls.get(),
                largestRequest.get());
    }
}
