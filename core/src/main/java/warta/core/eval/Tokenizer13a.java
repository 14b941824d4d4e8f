package warta.core.eval;

import java.util.regex.Pattern;

/**
 * The "13a" tokenization of mteval-v13a.pl, as sacreBLEU applies it before BLEU: a few entities
 * unescaped, then punctuation and symbols split off, periods and commas split off unless next to a
 * digit, a dash after a digit split off, and runs of whitespace made one space.
 */
public final class Tokenizer13a {

    private static final Pattern SYMBOLS = Pattern.compile("([\\{-~\\[-` -&\\(-+:-@/])");
    private static final Pattern PERIOD_AFTER = Pattern.compile("([^0-9])([.,])");
    private static final Pattern PERIOD_BEFORE = Pattern.compile("([.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

    private Tokenizer13a() {}

    /** The tokens of {@code line}, separated by single spaces. */
    public static String tokenize(String line) {
        String text = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
        if (text.indexOf('&') >= 0) {
            text = text.replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
        }
        text = " " + text + " ";
        text = SYMBOLS.matcher(text).replaceAll(" $1 ");
        text = PERIOD_AFTER.matcher(text).replaceAll("$1 $2 ");
        text = PERIOD_BEFORE.matcher(text).replaceAll(" $1 $2");
        text = DASH_AFTER_DIGIT.matcher(text).replaceAll("$1 $2 ");
        return String.join(" ", PyText.split(text));
    }
}
