package warta.core.meta;

import java.util.regex.Pattern;

/**
 * Recognises photo captions: a paragraph that ends with a photo credit in brackets, such as
 * "(Artem Geodakyan / POOL / AFP)" or "(ANTARA FOTO/Aditya Pradana Putra)", or that starts with
 * "Foto:" or "Ilustrasi". Stateless and thread-safe.
 */
final class Captions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String AGENCY =
            "AFP|AP|Reuters|EPA(?:-EFE)?|Getty(?:\\s+Images)?|Xinhua|POOL|ANTARA(?:\\s+FOTO)?|Shutterstock|Anadolu|Bloomberg|"
                    + "Dok(?:umentasi)?\\.?|Istimewa|Instagram|Twitter|Facebook|KOMPAS\\.com|Kompas|Tempo|detik\\w*|Liputan6\\.com|"
                    + "Sputnik|KCNA|Yonhap|UPI|Handout|Foto|Photo|Kredit";
    /**
     * A bracket at the end holding an agency with a slash after it ("ANTARA FOTO/Name"), a slash
     * and then an agency ("Name / AFP"), or "Foto:". Each way is tried once, from its first
     * place: the first agency (atomic), the last slash. The rest, up to the closing bracket at the
     * end, is the same whichever way matched, so it is read once (atomic alternation); without
     * that, a bracket full of agencies and slashes was read again for every pair of them.
     */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "\\((?>(?>[^()]*?\\b(?:" + AGENCY + ")\\b)[^()]*/|[^()]*/\\s*(?:" + AGENCY
                    + ")\\b|(?:foto|photo|dok)\\s*:)[^()]*+\\)\\.?$",
            FLAGS);

    private static final Pattern LEADING_MARK =
            Pattern.compile("^(?:foto|photo|ilustrasi|illustration)\\s*[:.\\-–]\\s*\\S.*", FLAGS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 60;

    private Captions() {}

    static boolean isCaption(String paragraph) {
        return (creditAtEnd(paragraph) || LEADING_MARK.matcher(paragraph).matches())
                && WHITESPACE.split(paragraph).length <= MAX_WORDS;
    }

    /** Only the last bracket can be a credit at the end; the pattern is tried on it alone. */
    private static boolean creditAtEnd(String paragraph) {
        int open = paragraph.lastIndexOf('(');
        return open >= 0
                && paragraph.indexOf(')', open) >= 0
                && CREDIT_AT_END
                        .matcher(paragraph)
                        .region(open, paragraph.length())
                        .find();
    }
}
