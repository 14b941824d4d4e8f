package warta.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rabu, 17 Januari 2024 | 2024-01-17",
                "17 Jan 2024 13:54 WIB | 2024-01-17",
                "Moskow, 18 Januari 2024 | 2024-01-18",
                "5 Agt 2023 | 2023-08-05",
                "5 Agustus 2023 | 2023-08-05",
                "1 Okt. 2022 | 2022-10-01",
                "31 Des 2021 | 2021-12-31",
                "17/1/2024 | 2024-01-17",
                "Kamis, 20-02-2025 | 2025-02-20",
                "2025-02-20T08:30:00+07:00 | 2025-02-20",
                "diterbitkan 2025-02-20 pukul 08.30 | 2025-02-20",
                "9 May 2024 | 2024-05-09"
            })
    void should_read_full_dates(String text, LocalDate expected) {
        assertThat(IndonesianDates.find(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sabtu (14/9)",
                "pada Selasa (18/6) malam",
                "17 Januari",
                "32 Januari 2024",
                "30 Februari 2024",
                "13/13/2024",
                "tahun 2024",
                "17 Purnama 2024"
            })
    void should_not_guess_a_date_that_is_not_full_or_valid(String text) {
        assertThat(IndonesianDates.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "17 Januari 2024 13:54",
                "Rabu, 17 Januari 2024",
                "Rabu, 17/1/2024 pukul 09.00 WIB",
                "4 Mar 2025, 09:15 WIB"
            })
    void should_recognise_a_line_that_is_only_a_date(String text) {
        assertThat(IndonesianDates.isDateOnly(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Moskow, 18 Januari 2024 – Rusia sepakat.", "17 Januari 2024 Presiden tiba", "13:54", "Rabu"})
    void should_not_take_a_sentence_with_a_date_for_a_date_line(String text) {
        assertThat(IndonesianDates.isDateOnly(text)).isFalse();
    }

    @Test
    void should_tell_a_date_alone_around_any_spacing_in_linear_time() {
        assertThat(IndonesianDates.isDateOnly("Senin ,  17 Januari 2024 ,  pukul 13:54 WIB"))
                .isTrue();
        String separators = "\u2028".repeat(100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(IndonesianDates.isDateOnly("Senin" + separators + "x")).isFalse();
            assertThat(IndonesianDates.isDateOnly("17 Januari 2024" + separators + "x"))
                    .isFalse();
        });
    }

    @Test
    void should_find_every_full_date_in_order_with_where_it_stands() {
        String text = "Rapat pada 17/1/2024 membahas banjir 2 Januari 2024; laporan 2024-01-20 menyusul, (14/9) tidak.";

        assertThat(IndonesianDates.findAll(text))
                .extracting(IndonesianDates.Found::date)
                .containsExactly(LocalDate.of(2024, 1, 17), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 20));
        IndonesianDates.Found second = IndonesianDates.findAll(text).get(1);
        assertThat(text.substring(second.start(), second.end())).isEqualTo("2 Januari 2024");
    }
}
