package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarTest {

    private static final int JANUARY = 1;
    private static final int MARCH = 3;
    private static final int TUESDAY = 102;
    private static final int WEDNESDAY = 103;

    @Test
    void should_read_months_and_weekdays_in_either_language() {
        assertThat(Calendar.keysIn("Selasa, 16 Januari")).containsExactlyInAnyOrder(TUESDAY, JANUARY);
        assertThat(Calendar.keysIn("Tuesday, January 16")).containsExactlyInAnyOrder(TUESDAY, JANUARY);
    }

    @Test
    void should_read_the_month_and_weekday_of_a_date_in_digits() {
        assertThat(Calendar.keysIn("Rapat (16/1)")).containsExactly(JANUARY);
        assertThat(Calendar.keysIn("Rapat 16/1/2024")).containsExactlyInAnyOrder(JANUARY, TUESDAY);
        assertThat(Calendar.keysIn("Rapat 16/1/24")).containsExactlyInAnyOrder(JANUARY, TUESDAY);
        assertThat(Calendar.keysIn("published: 2024-01-17")).containsExactlyInAnyOrder(JANUARY, WEDNESDAY);
        assertThat(Calendar.keysIn("pada 1/3")).containsExactly(MARCH);
    }

    @Test
    void should_ignore_fractions_scores_and_impossible_dates() {
        assertThat(Calendar.keysIn("skor 3/45, rasio 1/2/3/4, tanggal 31/2/2023 dan 40/1"))
                .isEmpty();
    }
}
