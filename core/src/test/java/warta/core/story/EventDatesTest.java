package warta.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.lang.Language;
import warta.core.meta.Metadata;

class EventDatesTest {

    private static List<EventDate> dates(String text) {
        return StoryFixtures.traits("a", text).dates();
    }

    @Test
    void should_resolve_a_weekday_against_the_published_date() {
        // published Tuesday 13 February 2024: "Senin" is the day before
        List<EventDate> dates = dates(StoryFixtures.MARKET_2);

        assertThat(dates)
                .extracting(EventDate::date)
                .containsExactly(LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 12));
        assertThat(dates.get(1).kind()).isEqualTo("relative");
        assertThat(dates.get(1).text()).isEqualTo("Senin");
    }

    @Test
    void should_take_kemarin_as_the_day_before_publication() {
        List<EventDate> dates = dates("Berita Kota • 5 Mei 2024 10:00\n\nGempa mengguncang Kota Palu kemarin sore.");

        assertThat(dates).extracting(EventDate::date).contains(LocalDate.of(2024, 5, 4));
    }

    @Test
    void should_place_a_day_and_month_in_the_year_before_when_it_would_fall_after_publication() {
        List<EventDate> dates =
                dates("Berita Kota • 3 Januari 2024 10:00\n\nBanjir melanda Kota Bima pada Sabtu (30/12) malam.");

        assertThat(dates).extracting(EventDate::date).contains(LocalDate.of(2023, 12, 30));
    }

    @Test
    void should_keep_the_year_unknown_without_a_published_date_and_compare_by_day_and_month() {
        List<EventDate> dates = dates("Kebakaran melanda Pasar Senen pada Sabtu (14/9). Tiga kios hangus.");

        assertThat(dates).singleElement().satisfies(d -> {
            assertThat(d.yearKnown()).isFalse();
            assertThat(d.show()).isEqualTo("--09-14");
        });
        EventDate sixteenth = new EventDate(LocalDate.of(2019, 9, 16), true, "text", "16 September 2019");
        assertThat(dates.get(0).daysTo(sixteenth)).isEqualTo(2);
    }

    @Test
    void should_not_count_a_weekday_that_names_the_date_beside_it_or_minggu_as_a_week() {
        List<EventDate> dates = dates("Solo, 12 Februari 2024 – Rapat digelar Senin, 12 Februari 2024, dan"
                + " diulang dua minggu kemudian.");

        assertThat(dates).extracting(EventDate::date).containsExactly(LocalDate.of(2024, 2, 12));
    }

    @Test
    void should_count_days_across_the_new_year_the_short_way_when_a_year_is_unknown() {
        EventDate last = new EventDate(LocalDate.of(2000, 12, 31), false, "day-month", "(31/12)");
        EventDate first = new EventDate(LocalDate.of(2024, 1, 1), true, "text", "1 Januari 2024");

        assertThat(last.daysTo(first)).isEqualTo(1);
    }

    /**
     * A megabyte paragraph of weekdays and days and months: before weekdays were matched to the
     * dates beside them by binary search, every weekday scanned every date of the paragraph (about
     * 80,000 squared steps: both runs passed the 10 s bound unfinished); now 0.5 to 1.1 s on a busy
     * two-core machine, so the bound fails only by a wide margin.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Senin (1/1) ", "(1/1) Senin "})
    void should_read_the_dates_of_a_megabyte_of_weekdays_and_days_in_time(String unit) {
        String paragraph = unit.repeat((1 << 20) / unit.length());
        Metadata meta = new Metadata(null, null, null, LocalDate.of(2024, 3, 8), null, List.of(), List.of());
        CleanArticle article =
                new CleanArticle(Source.inline(), meta, Language.undetermined(), List.of(paragraph), List.of());

        List<EventDate> dates = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EventDates.of(article));

        assertThat(dates).extracting(EventDate::date).contains(LocalDate.of(2024, 1, 1));
    }
}
