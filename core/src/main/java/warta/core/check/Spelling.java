package warta.core.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A transliteration fold for names: the skeleton two spellings of one name share across
 * Indonesian, English and the old Dutch-based Indonesian spelling, so that "Moskow" and "Moscow",
 * "Djakarta" and "Jakarta", "Soekarno" and "Sukarno", "Kairo" and "Cairo", "Jawa" and "Java",
 * "Filipina" and "Filipino" meet (the last two through the check's rule on close variants).
 *
 * <p>The fold: letters lower-cased and stripped of accents; the old spelling's {@code tj},
 * {@code dj}, {@code sj} and {@code oe} read as {@code c}, {@code j}, {@code sy} and {@code u};
 * {@code j}, and {@code y} before a vowel, become {@code y}, and {@code y} before anything else
 * {@code i} ("Olympic" and "Olimpiade"); {@code ch}, {@code kh}, {@code ck}, {@code q}, {@code k}
 * and {@code c} become {@code k}, but {@code c} before {@code e}, {@code i} or {@code y} becomes
 * {@code s} ("Central" and "Sentral"); {@code gh} becomes {@code g}, {@code sh} {@code sy},
 * {@code th} {@code t}, {@code ou} {@code u}, {@code x} {@code ks} and {@code z} {@code s};
 * {@code ph}, {@code f} and {@code p} become {@code p}, and {@code v} {@code w}; a doubled letter
 * is written once; an {@code h} at the end after a vowel is dropped
 * ("Mekkah" and "Mecca" both give {@code meka}). A fold can join two different names; the check
 * uses it only to accept a name, so a join costs a missed finding, never a false one.
 * Stateless and thread-safe.
 */
final class Spelling {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private Spelling() {}

    /** The skeleton of a word, in any case; empty for a word without letters. */
    static String skeleton(String word) {
        String plain = plain(word.toLowerCase(Locale.ROOT))
                .replace("tj", "c")
                .replace("dj", "j")
                .replace("sj", "sy")
                .replace("oe", "u");
        StringBuilder out = new StringBuilder(plain.length());
        int i = 0;
        while (i < plain.length()) {
            char c = plain.charAt(i);
            char next = i + 1 < plain.length() ? plain.charAt(i + 1) : 0;
            String digraph = digraph(c, next);
            if (digraph != null) {
                append(out, digraph);
                i += 2;
            } else {
                append(out, single(c, next));
                i++;
            }
        }
        int last = out.length() - 1;
        if (last > 1 && out.charAt(last) == 'h' && isVowel(out.charAt(last - 1))) {
            out.setLength(last);
        }
        return out.toString();
    }

    /** The word without accents; a word of ASCII letters, the usual case, as it is. */
    private static String plain(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return lower;
    }

    private static String digraph(char c, char next) {
        return switch (c) {
            case 't' -> next == 'h' ? "t" : null;
            case 'c' -> next == 'h' || next == 'k' ? "k" : null;
            case 'k' -> next == 'h' ? "k" : null;
            case 'g' -> next == 'h' ? "g" : null;
            case 's' -> next == 'h' ? "sy" : null;
            case 'p' -> next == 'h' ? "p" : null;
            case 'o' -> next == 'u' ? "u" : null;
            default -> null;
        };
    }

    private static String single(char c, char next) {
        return switch (c) {
            case 'j' -> "y";
            case 'y' -> isVowel(next) ? "y" : "i";
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "s" : "k";
            case 'q' -> "k";
            case 'f' -> "p";
            case 'v' -> "w";
            case 'x' -> "ks";
            case 'z' -> "s";
            default -> String.valueOf(c);
        };
    }

    /** Appends the letters, writing a letter that repeats the last one only once. */
    private static void append(StringBuilder out, String letters) {
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
