package warta.core.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.clean.Removal;

/**
 * Reads an article's metadata off its cleaned paragraphs and takes out of the body the lines
 * that are only metadata: photo captions, the headline, an outlet/date line such as
 * "Medcom • 17 Januari 2024 13:54", "Penulis: ..." lines (also a lone "Penulis" label with the
 * ": name" on the next line, and "Sumber: ..." lines), and author and editor tags at the end. A web
 * address or a company name is never taken for a byline, from the text or from the page's meta. Datelines inside the first paragraph are read but left in the text. Page meta tags
 * ({@link MetadataHints}) win over the text for title, outlet, date and author, as they are
 * structured. Fields the article does not state stay null. Stateless and thread-safe.
 */
public final class MetadataExtractor {

    private static final int TITLE_MAX_WORDS = 25;
    private static final int LINE_MAX_WORDS = 12;
    /**
     * "Outlet - date". The date part is "a line with four digits in it", checked by a lookahead:
     * {@code (.*\d{4}.*)$} would try every pair of ends for a line that fails, quadratic in its
     * length. The spaces before it are taken whole, as the date cannot start with one.
     */
    private static final Pattern OUTLET_DATE_LINE = Pattern.compile(
            "^(\\p{L}[\\p{L}\\d.]*(?: [\\p{L}\\d.]+){0,2})\\s*[\u2022|\u00B7\u2013\u2014-]\\s*+(?=.*\\d{4})(.*)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "Penulis: Name". The spaces around the colon are taken whole, never split two ways. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(penulis|reporter|pewarta|editor|penyunting|redaktur|oleh|by)(?:\\s*+:)?\\s++(\\p{Lu}.{1,60})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern TITLE_END = Pattern.compile("[.,;:]$");
    /** A credit label alone on its line ("Penulis", "Editor:"), whose name is on the next line. */
    private static final Pattern LONE_LABEL = Pattern.compile(
            "^(penulis|reporter|pewarta|editor|penyunting|redaktur|sumber)\\s*+:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "Sumber: Antara": where the story came from, metadata but not a byline. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^sumber\\s*+:\\s*+\\S.{0,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A web address or a company ("PT ...", "... Tbk", "... Ltd"): never a person's byline. */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "://|^www\\.|\\.(?:com|co\\.id|id|net|org|tv)(?:/|$)|^(?:PT|CV)\\b\\.?|\\b(?:Tbk|Ltd|Inc|Corp|LLC)\\b\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** Reads the metadata of {@code paragraphs} (already cleaned). */
    public Described extract(List<String> paragraphs, MetadataHints hints) {
        State state = new State(new ArrayList<>(paragraphs));
        takeCaptions(state);
        takeTitle(state, hints.title());
        takeMetadataLines(state);
        readDateline(state);
        takeEndTags(state);
        Metadata metadata = new Metadata(
                hints.title() != null ? hints.title() : state.title,
                hints.outlet() != null ? hints.outlet() : state.outlet,
                state.dateline,
                hintedDate(hints).orElse(state.published),
                isPersonName(hints.byline()) ? hints.byline() : state.byline,
                state.editorTags.reversed(),
                state.captions);
        return new Described(metadata, state.body, state.removed);
    }

    private static Optional<LocalDate> hintedDate(MetadataHints hints) {
        return hints.published() == null ? Optional.empty() : IndonesianDates.find(hints.published());
    }

    /**
     * Takes out photo captions, unless they are all the page has: on a gallery page the captions
     * are the story, and taking them would leave no body (a title-like first line aside).
     */
    private static void takeCaptions(State state) {
        long captions = state.body.stream().filter(Captions::isCaption).count();
        int others = state.body.size() - (int) captions;
        String first = state.body.isEmpty() ? "" : state.body.getFirst();
        boolean titleFirst = !Captions.isCaption(first) && looksLikeTitle(first);
        boolean gallery = captions > 0 && (others == 0 || others == 1 && titleFirst);
        if (gallery) {
            return;
        }
        state.body.removeIf(p -> {
            if (!Captions.isCaption(p)) {
                return false;
            }
            state.captions.add(p);
            state.removed.add(Removal.of(p, Removal.CAPTION));
            return true;
        });
    }

    private static void takeTitle(State state, String hintedTitle) {
        if (state.body.size() < 2) {
            return;
        }
        String first = state.body.getFirst();
        boolean isHinted = hintedTitle != null && first.equalsIgnoreCase(hintedTitle.strip());
        if (isHinted || hintedTitle == null && looksLikeTitle(first)) {
            state.title = first;
            state.removed.add(Removal.of(state.body.removeFirst(), Removal.TITLE));
        }
    }

    private static boolean looksLikeTitle(String paragraph) {
        int words = paragraph.split(" ").length;
        return words >= 3
                && words <= TITLE_MAX_WORDS
                && !TITLE_END.matcher(paragraph).find()
                && Character.isUpperCase(paragraph.codePointAt(0))
                && Datelines.read(paragraph, false).isEmpty()
                && !OUTLET_DATE_LINE.matcher(paragraph).matches();
    }

    private static void takeMetadataLines(State state) {
        joinLoneLabels(state);
        state.body.removeIf(p -> {
            if (p.split(" ").length > LINE_MAX_WORDS) {
                return false;
            }
            return outletDateLine(state, p) || creditLine(state, p) || sourceLine(state, p);
        });
    }

    /** "Penulis" then ": Budi Santoso" on the next line become one credit line "Penulis: Budi Santoso". */
    private static void joinLoneLabels(State state) {
        List<String> body = state.body;
        for (int i = body.size() - 2; i >= 0; i--) {
            String label = body.get(i);
            String next = body.get(i + 1);
            boolean continues = next.startsWith(":") || label.endsWith(":");
            if (continues && LONE_LABEL.matcher(label).matches() && next.split(" ").length <= LINE_MAX_WORDS) {
                String name = next.startsWith(":") ? next.substring(1).strip() : next;
                String joined = label.replaceFirst("\\s*:$", "") + ": " + name;
                body.set(i, joined);
                body.remove(i + 1);
            }
        }
    }

    private static boolean sourceLine(State state, String line) {
        if (!SOURCE_LINE.matcher(line).matches()) {
            return false;
        }
        state.removed.add(Removal.of(line, Removal.METADATA));
        return true;
    }

    /** Whether {@code name} can be a person's byline: not a web address, not a company. */
    static boolean isPersonName(String name) {
        return name != null && !NOT_A_PERSON.matcher(name.strip()).find();
    }

    private static boolean outletDateLine(State state, String line) {
        Matcher m = OUTLET_DATE_LINE.matcher(line);
        if (!m.matches() || !IndonesianDates.isDateOnly(m.group(2))) {
            return false;
        }
        Optional<LocalDate> date = IndonesianDates.find(m.group(2));
        state.outlet = m.group(1).strip();
        state.published = date.get();
        state.removed.add(Removal.of(line, Removal.METADATA));
        return true;
    }

    private static boolean creditLine(State state, String line) {
        Matcher m = CREDIT_LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String role = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String name = m.group(2).strip();
        boolean editor = role.startsWith("edit") || role.equals("penyunting") || role.equals("redaktur");
        // "Penulis: Kompas.com", "Oleh: PT Media Nusantara": the line is metadata, but names no person
        if (isPersonName(name) && editor) {
            state.editorTags.add(name);
        } else if (isPersonName(name) && state.byline == null) {
            state.byline = name;
        }
        state.removed.add(Removal.of(line, Removal.METADATA));
        return true;
    }

    private static void readDateline(State state) {
        if (state.body.isEmpty()) {
            return;
        }
        Datelines.read(state.body.getFirst(), state.outlet != null).ifPresent(d -> {
            state.dateline = d.place();
            if (state.outlet == null) {
                state.outlet = d.outlet();
            }
            if (state.published == null) {
                state.published = d.date();
            }
        });
    }

    private static void takeEndTags(State state) {
        while (!state.body.isEmpty()) {
            String last = state.body.getLast();
            Optional<EndTags.Tag> tag = EndTags.atEnd(last);
            if (tag.isEmpty()) {
                return;
            }
            EndTags.Tag t = tag.get();
            if (t.name() && state.byline == null) {
                state.byline = t.inner();
            } else {
                state.editorTags.add(t.inner());
            }
            state.removed.add(Removal.of(t.text(), Removal.BYLINE));
            String rest = last.substring(0, t.start()).strip();
            state.body.removeLast();
            if (!rest.isEmpty()) {
                state.body.add(rest);
            }
        }
    }

    /** The work in progress of one extraction. */
    private static final class State {
        final List<String> body;
        final List<Removal> removed = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        final List<String> editorTags = new ArrayList<>();
        String title;
        String outlet;
        String dateline;
        LocalDate published;
        String byline;

        State(List<String> body) {
            this.body = body;
        }
    }
}
