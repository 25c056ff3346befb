package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Whatever a client sends that is not a well-formed case is refused as a problem that names what is wrong, in
 * the caller's language, and leaves nothing behind: probing with database operators, broken encodings, huge or
 * endless bodies, the wrong media type, unknown codes.
 */
class BadInputIntegrationTest extends IntakeIntegrationTest {

    private static final int LIMIT = 64 * 1024;

    private final String ward = TestData.ward("thanh-xuan");
    private final String lan = counsellor("lan", ward);

    @Test
    void anObjectWhereTheNameBelongsIsRefusedNamingTheField() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.survivor().putObject("fullName").put("$gt", "");

        register(lan, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("survivor.fullName"));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void anOperatorLikeStringIsRefusedNamingTheField() throws Exception {
        CaseBody name = CaseBody.unique(ward);
        name.survivor().put("fullName", "$where");
        CaseBody address = CaseBody.unique(ward);
        address.survivor().put("address", " $ne");

        register(lan, name)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivor.fullName"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("operator")));
        register(lan, address)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivor.address"));
        assertThat(storedCasesOfWard(ward)).isZero();
        // A dollar amount is not an operator.
        CaseBody money = CaseBody.unique(ward);
        money.survivor().put("address", "$500 ");
        register(lan, money).andExpect(status().isCreated());
    }

    @Test
    void aBodyThatIsNotValidUtf8IsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String json = CaseBody.unique(ward).toString();
        int name = json.indexOf("Nguy");
        bytes.write(json.substring(0, name).getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        bytes.write(json.substring(name).getBytes(StandardCharsets.UTF_8));

        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content(bytes.toByteArray()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content(oversized()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        mvc.perform(chunkedPost().header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content(oversized()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        CaseBody body = CaseBody.unique(ward);

        mvc.perform(chunkedPost().header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.survivor.fullName").value(body.fullName()));
    }

    @Test
    void aBodyInAnotherMediaTypeIsRefusedWith415() throws Exception {
        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.TEXT_PLAIN).content(CaseBody.unique(ward).toString()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void anUnknownStatusInTheQueryIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION, lan).param("status", "BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("VERIFIED")));
    }

    @Test
    void aBirthYearInTheFutureIsRefused() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.survivor().put("birthYear", Year.now().getValue() + 1);

        register(lan, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivor.birthYear"));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void aPhoneThatIsNotVietnameseIsRefusedNamingWhichOne() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.survivor().putArray("phones").add("0912 345 678").add("+1 202 555 0147");

        register(lan, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivor.phones[1]"));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void problemsAreInVietnameseForACallerWhoAsks() throws Exception {
        CaseBody future = CaseBody.unique(ward);
        future.survivor().put("birthYear", Year.now().getValue() + 1);
        CaseBody operator = CaseBody.unique(ward);
        operator.survivor().put("fullName", "$where");

        inVietnamese(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(future.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].message").value("Năm sinh không được ở tương lai."));
        inVietnamese(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(operator.toString()))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Giá trị này giống toán tử cơ sở dữ liệu và không được chấp nhận."));
        inVietnamese(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(oversized()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Yêu cầu quá lớn"));
        inVietnamese(get("/api/cases").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("Phải từ 1 trở lên."));
    }

    private ResultActions inVietnamese(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, lan).header(HttpHeaders.ACCEPT_LANGUAGE, "vi"));
    }

    /** A valid case, but too big: its address alone is over the limit. */
    private String oversized() {
        CaseBody body = CaseBody.unique(ward);
        body.survivor().put("address", "a".repeat(LIMIT + 1));
        return body.toString();
    }

    /** A POST whose body comes in chunks: the client declares no length. */
    private static ChunkedPost chunkedPost() {
        return new ChunkedPost().uri("/api/cases").header("Transfer-Encoding", "chunked");
    }

    /** MockMvc derives Content-Length from the content; this request, like a chunked one, has none. */
    static final class ChunkedPost extends AbstractMockHttpServletRequestBuilder<ChunkedPost> {

        ChunkedPost() {
            super(HttpMethod.POST);
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
            return new MockHttpServletRequest(servletContext) {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
        }
    }
}
