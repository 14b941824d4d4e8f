package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalsTest {

    @Test
    void should_tell_a_title_cased_headline_from_a_sentence() {
        assertThat(titleCase("Floods Force Thousands From Their Homes")).isTrue();
        assertThat(titleCase("Jokowi Ready To Take MRT's Risk")).isTrue();
        assertThat(titleCase("Do Not Put My Face on Tax Banners!")).isTrue();
        assertThat(titleCase("Floods force thousands from their homes")).isFalse();
        assertThat(titleCase("Joko Widodo and Prabowo Subianto.")).isFalse();
        assertThat(titleCase("Putin")).isFalse();
    }

    @Test
    void should_take_a_first_word_for_a_name_only_when_it_runs_into_another() {
        assertThat(mayBeName("Joko Widodo said so.", 0)).isTrue();
        assertThat(mayBeName("Officials said so.", 0)).isFalse();
        assertThat(mayBeName("Earlier, Home Minister Tito spoke.", 0)).isFalse();
        assertThat(mayBeName("Bekasi: Home Minister Tito spoke.", 0)).isFalse();
        assertThat(mayBeName("KPK said so.", 0)).isTrue();
    }

    @Test
    void should_not_take_openers_honorifics_or_currency_codes_for_names() {
        assertThat(mayBeName("Several Jakarta residents left.", 0)).isFalse();
        assertThat(mayBeName("He met Mr Tito.", 2)).isFalse();
        assertThat(mayBeName("It cost Rp 5 billion.", 2)).isFalse();
        assertThat(mayBeName("He met Tito.", 2)).isTrue();
    }

    @Test
    void should_not_take_abbreviated_titles_or_indonesian_forms_of_address_for_names() {
        assertThat(mayBeName("Police met Gen Sutarman.", "Gen")).isFalse();
        assertThat(mayBeName("Customers love Pak Jamal's soup.", "Pak")).isFalse();
        assertThat(mayBeName("The stall of Babe Sarip opened.", "Babe")).isFalse();
        assertThat(mayBeName("The stall of Babe Sarip opened.", "Sarip"))
                .as("the name after the form of address is still a name")
                .isTrue();
    }

    @Test
    void should_take_a_form_of_address_for_a_title_only_before_a_persons_name() {
        assertThat(mayBeName("Residents greeted Bu Risma.", "Bu")).isFalse();
        assertThat(mayBeName("Pak Jokowi arrived.", "Pak")).isFalse();
        assertThat(mayBeName("Police met Mr. Tito.", "Mr")).isFalse();
        assertThat(mayBeName("He met Prof Dr Ahmad.", "Dr"))
                .as("a title after a title")
                .isFalse();
        assertThat(mayBeName("Work on Ibu Kota Nusantara goes on.", "Ibu"))
                .as("the capital city: a fixed phrase")
                .isTrue();
        assertThat(mayBeName("Ibu Kota Nusantara is being built.", 0)).isTrue();
        assertThat(mayBeName("Pilgrims stayed at Asrama Haji Pondok Gede.", "Haji"))
                .as("inside a name")
                .isTrue();
    }

    @Test
    void should_not_take_a_half_of_the_day_after_a_clock_time_for_a_name() {
        assertThat(mayBeName("The water rose around 12.30 PM on Monday.", "PM")).isFalse();
        assertThat(mayBeName("The roof fell at 5 AM.", "AM")).isFalse();
        assertThat(mayBeName("He met PM Anwar.", "PM"))
                .as("the Prime Minister, not a time")
                .isTrue();
    }

    @Test
    void should_not_take_a_preposition_opening_a_sentence_for_a_name() {
        assertThat(mayBeName("Beside PSN, dengue cases fell.", 0)).isFalse();
        assertThat(mayBeName("Throughout January the rain fell.", 0)).isFalse();
        assertThat(mayBeName("Beside PSN, dengue cases fell.", 1)).isTrue();
    }

    @Test
    void should_check_only_words_in_capitals_in_a_title_cased_headline() {
        String headline = "KPK Questions Officials Over Bribes";
        List<Words.Token> tokens = Words.tokens(headline);

        assertThat(Capitals.mayBeName(headline, tokens, 0, true)).isTrue();
        assertThat(Capitals.mayBeName(headline, tokens, 1, true)).isFalse();
    }

    @Test
    void should_read_the_plural_of_an_acronym() {
        assertThat(Capitals.allCaps("RTs")).isTrue();
        assertThat(Capitals.singular("RTs")).isEqualTo("RT");
        assertThat(Capitals.singular("Ms")).isEqualTo("Ms");
        assertThat(Capitals.singular("Mrs")).isEqualTo("Mrs");
    }

    private static boolean titleCase(String sentence) {
        return Capitals.isTitleCase(sentence, Words.tokens(sentence));
    }

    private static boolean mayBeName(String sentence, String word) {
        List<Words.Token> tokens = Words.tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return Capitals.mayBeName(sentence, tokens, i, false);
            }
        }
        throw new AssertionError(word + " is not a token of " + sentence);
    }

    private static boolean mayBeName(String sentence, int i) {
        List<Words.Token> tokens = Words.tokens(sentence);
        return Capitals.mayBeName(sentence, tokens, i, false);
    }
}
