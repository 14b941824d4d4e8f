package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.story.EventDate;

class WeekdayYearsTest {

    private static EventDate dayMonth(int month, int day, String text) {
        return new EventDate(LocalDate.of(2000, month, day), false, "day-month", text);
    }

    @Test
    void should_place_a_day_and_month_in_the_latest_year_where_its_weekday_fits() {
        assertThat(WeekdayYears.place(dayMonth(9, 14, "(14/9)"), "pada Sabtu (14/9).", 2024, null))
                .isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(WeekdayYears.place(dayMonth(6, 18, "(18/6)"), "pada Selasa (18/6) untuk", 2025, null))
                .isEqualTo(LocalDate.of(2024, 6, 18));
    }

    @Test
    void should_leave_a_day_and_month_without_a_weekday_beside_it_or_a_known_year_alone() {
        assertThat(WeekdayYears.place(dayMonth(9, 14, "(14/9)"), "laporan (14/9) itu", 2024, null))
                .isNull();
        assertThat(WeekdayYears.place(
                        new EventDate(LocalDate.of(2024, 9, 14), true, "day-month", "(14/9/2024)"),
                        "Sabtu (14/9/2024)",
                        2024,
                        null))
                .isNull();
    }

    @Test
    void should_not_place_a_day_later_than_a_month_after_the_articles_own_published_date() {
        // published 5 March 2024: Saturday 14/9 is not 14 September 2024 but the latest earlier year
        assertThat(WeekdayYears.place(dayMonth(9, 14, "(14/9)"), "pada Sabtu (14/9).", 2024, LocalDate.of(2024, 3, 5)))
                .isEqualTo(LocalDate.of(2019, 9, 14));
        // within a month after it: an announced day
        assertThat(WeekdayYears.place(dayMonth(3, 23, "(23/3)"), "pada Sabtu (23/3).", 2024, LocalDate.of(2024, 3, 5)))
                .isEqualTo(LocalDate.of(2024, 3, 23));
    }

    @Test
    void should_look_back_far_enough_for_every_weekday() {
        for (int day = 1; day <= 7; day++) {
            LocalDate date = LocalDate.of(2024, 1, day);
            String weekday = switch (date.getDayOfWeek()) {
                case MONDAY -> "Senin";
                case TUESDAY -> "Selasa";
                case WEDNESDAY -> "Rabu";
                case THURSDAY -> "Kamis";
                case FRIDAY -> "Jumat";
                case SATURDAY -> "Sabtu";
                case SUNDAY -> "Minggu";
            };
            for (String other : List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")) {
                String text = "(" + day + "/1)";
                assertThat(WeekdayYears.place(dayMonth(1, day, text), "pada " + other + " " + text, 2024, null))
                        .as(other + " " + text + " (" + weekday + " in 2024)")
                        .isNotNull();
            }
        }
    }
}
