package warta.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.sentence.SentenceSplitter;

/**
 * Plays a faithful translator in tests: answers a translation request with one English
 * paragraph per numbered source paragraph, one English sentence per source sentence of about
 * the same length, keeping every token that holds a digit. Good output by every check.
 */
public final class FakeEnglish {

    /**
     * A summary answer that passes every check on any article: it names nothing, holds no
     * number, and every sentence and key point cites sentence 1.
     */
    public static final String SUMMARY = """
            {"headline": "Officials describe the plan",
             "summary": [{"text": "The officials said the plan would go on.", "sources": [1]},
                         {"text": "The work is meant to help residents.", "sources": [1]},
                         {"text": "More meetings are expected soon.", "sources": [1]}],
             "keyPoints": [{"text": "The plan goes on", "sources": [1]},
                           {"text": "The work helps residents", "sources": [1]},
                           {"text": "More meetings are expected", "sources": [1]}],
             "entities": {"people": [], "organizations": [], "places": []}}
            """;

    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)\\] (.*)$");
    private static final String[] WORDS = {
        "The",
        "officials",
        "said",
        "that",
        "the",
        "plan",
        "would",
        "continue",
        "across",
        "the",
        "region",
        "after",
        "the",
        "meeting",
        "with",
        "local",
        "leaders",
        "and",
        "residents"
    };

    private FakeEnglish() {}

    /** The numbered source paragraphs in a translate request's user message. */
    public static List<String> sourceParagraphs(String userMessage) {
        int start = userMessage.lastIndexOf("<article>");
        String article = start < 0 ? userMessage : userMessage.substring(start);
        List<String> paragraphs = new ArrayList<>();
        Matcher m = NUMBERED.matcher(article);
        while (m.find()) {
            paragraphs.add(m.group(2));
        }
        return paragraphs;
    }

    /** A faithful-looking numbered English answer for a translate request's user message. */
    public static String answer(String userMessage) {
        List<String> source = sourceParagraphs(userMessage);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.size(); i++) {
            out.append(i == 0 ? "" : "\n\n")
                    .append('[')
                    .append(i + 1)
                    .append("] ")
                    .append(paragraph(source.get(i)));
        }
        return out.toString();
    }

    /** One English sentence per source sentence, keeping the tokens that hold digits. */
    public static String paragraph(String indonesian) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SentenceSplitter.indonesian().split(indonesian)) {
            sentences.add(sentence(sentence));
        }
        return String.join(" ", sentences);
    }

    private static String sentence(String indonesian) {
        List<String> numbers = new ArrayList<>();
        for (String token : indonesian.split("\\s+")) {
            if (token.matches(".*\\d.*")) {
                numbers.add(token.replaceAll("[.,;:!?\"')]+$", ""));
            }
        }
        StringBuilder out = new StringBuilder();
        int w = 0;
        while (out.length() < indonesian.length() * 0.95) {
            out.append(w == 0 ? "" : " ")
                    .append(w < numbers.size() ? numbers.get(w) : WORDS[w % WORDS.length].toLowerCase());
            w++;
        }
        while (w < numbers.size()) {
            out.append(' ').append(numbers.get(w++));
        }
        String text = out.toString();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
