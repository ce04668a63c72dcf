package org.echotrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDateReader {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-09-03|2023-09-03",
        "2023-09-03T22:58:00Z|2023-09-03T22:58",
        "September 3, 2023 - 22:58|2023-09-03T22:58",
        "Sep. 3, 2023|2023-09-03",
        "Sept 3 2023|2023-09-03",
        "3 September 2023|2023-09-03",
        "3rd of September, 2023|2023-09-03",
        "Sunday, September 3, 2023 at 10:58 pm|2023-09-03T22:58",
        "03.09.2023|2023-09-03",
        "Mon, 4 Sep 2023 08:05 GMT|2023-09-04T08:05",
    })
    void readsWholeDatelines(String text, String expected) {
        assertEquals(expected, DateReader.readWhole(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "Mayday 3, 2023", "03/09/2023", "September 2023", "Monday", "12:30"})
    void refusesWhatIsNoFullDate(String text) {
        assertTrue(DateReader.readWhole(text).isEmpty(), text);
    }
}
