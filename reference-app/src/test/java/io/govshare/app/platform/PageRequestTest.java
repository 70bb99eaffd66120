package io.govshare.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        List<FieldError> errors = new ArrayList<>();
        PageRequest paging = PageRequest.parse(null, " ", errors);
        assertEquals(new PageRequest(1, 20), paging);
        assertEquals(0, paging.offset());
        assertTrue(errors.isEmpty());
    }

    @Test
    void reportsEveryBadParameterByName() {
        List<FieldError> errors = new ArrayList<>();
        PageRequest.parse("abc", "500", errors);
        assertEquals(List.of(
                new FieldError("page", "type", "page must be a whole number, got 'abc'"),
                new FieldError("size", "range", "size must be between 1 and 200, got 500")), errors);
    }

    @Test
    void computesTheOffsetOfLaterPages() {
        assertEquals(40, PageRequest.parse("3", "20", new ArrayList<>()).offset());
    }
}
