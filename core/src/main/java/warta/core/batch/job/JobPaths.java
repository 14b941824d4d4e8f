package warta.core.batch.job;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the job's own files out of the messages a batch records: the batch names an article of a
 * JSON Lines file {@code /jobs/<id>/input.jsonl:3} (or {@code ... line 3}), which says nothing to
 * the caller and tells them where the server keeps its files. It becomes {@code articles[2]}, the
 * article's place in the job as sent; any other mention of the job's folder becomes "the job's
 * folder".
 */
final class JobPaths {

    private final Pattern line;
    private final String file;
    private final String dir;

    /** @param jobDir the job's folder */
    JobPaths(Path jobDir) {
        this.dir = jobDir.toString();
        this.file = jobDir.resolve(JobFiles.INPUT).toString();
        this.line = Pattern.compile(Pattern.quote(file) + "(?::| line )(\\d+)");
    }

    /** The message with every mention of the input file and the job's folder replaced; null stays null. */
    String hide(String message) {
        if (message == null || !message.contains(dir)) {
            return message;
        }
        Matcher m = line.matcher(message);
        StringBuilder hidden = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(hidden, Matcher.quoteReplacement("articles[" + (Long.parseLong(m.group(1)) - 1) + "]"));
        }
        m.appendTail(hidden);
        return hidden.toString().replace(file, "the job's articles").replace(dir, "the job's folder");
    }
}
