package warta.core.summarize;

import java.util.List;

/**
 * A summary and what is still wrong with it after the retry (empty when nothing is).
 *
 * @param summary the summary
 * @param problems the limits it breaks, as sentences; a non-English summary is among them
 * @param english whether the summary is in English (a non-English one is a failed check)
 */
public record SummaryOutcome(Summary summary, List<String> problems, boolean english) {

    public SummaryOutcome {
        problems = List.copyOf(problems);
    }
}
