package io.govshare.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

class MalformedInputTest {

    @Test
    void namesLineAndColumnOfAJsonSyntaxError() {
        JsonParsingException parsing = null;
        try {
            Json.createReader(new StringReader("{\n  \"name\": tru\n}")).readObject();
        } catch (JsonParsingException e) {
            parsing = e;
        }
        ProblemException problem = MalformedInput.jsonBody(new ProcessingException(parsing)).orElseThrow();
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The request body is not valid JSON at line 2, column"), problem.detail());
        assertEquals("", problem.errors().get(0).field());
        assertEquals("json.syntax", problem.errors().get(0).rule());
    }

    @Test
    void turnsAParameterConversionFailureIntoA400NamingTheParameter() {
        // what RESTEasy throws (as a NotFoundException, which needs a JAX-RS runtime to construct)
        var runtimeFailure = new RuntimeException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"page\") value is 'abc'",
                new NumberFormatException("For input string: \"abc\""));
        ProblemException problem = MalformedInput.parameter(runtimeFailure).orElseThrow();
        assertEquals(400, problem.status());
        assertEquals(new FieldError("page", "type", "Parameter 'page' has an invalid value 'abc'"), problem.errors().get(0));
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertTrue(MalformedInput.jsonBody(new IllegalStateException("boom")).isEmpty());
        assertTrue(MalformedInput.parameter(new RuntimeException("RESTEASY003210: no resource for /nope")).isEmpty());
    }
}
