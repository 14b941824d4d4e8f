package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import warta.core.story.EventDate;

class WeekdayYearsTest {

    private static EventDate dayMonth(int month, int day, String text) {
        return new EventDate(LocalDate.of(2000, month, day), false, "day-month", text);
    }

    @Test
    void should_place_a_day_and_month_in_the_latest_year_where_its_weekday_fits() {
        assertThat(WeekdayYears.place(dayMonth(9, 14, "(14/9)"), "pada Sabtu (14/9).", 2024))
                .isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(WeekdayYears.place(dayMonth(6, 18, "(18/6)"), "pada Selasa (18/6) untuk", 2025))
                .isEqualTo(LocalDate.of(2024, 6, 18));
    }

    @Test
    void should_leave_a_day_and_month_without_a_weekday_beside_it_or_a_known_year_alone() {
        assertThat(WeekdayYears.place(dayMonth(9, 14, "(14/9)"), "laporan (14/9) itu", 2024))
                .isNull();
        assertThat(WeekdayYears.place(
                        new EventDate(LocalDate.of(2024, 9, 14), true, "day-month", "(14/9/2024)"),
                        "Sabtu (14/9/2024)",
                        2024))
                .isNull();
    }
}
