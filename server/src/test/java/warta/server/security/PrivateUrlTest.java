package warta.server.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import warta.core.Warta;
import warta.server.problem.Problem;

@QuarkusTest
class PrivateUrlTest {

    @Inject
    Warta warta;

    @Test
    void should_refuse_private_addresses_by_default() {
        assertThat(warta.reader().options().privateAddressesAllowed()).isFalse();
    }

    @Test
    void should_refuse_a_loopback_url_with_a_problem() {
        given().contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:1/x\"}")
                .when()
                .post("/v1/test/fetch")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "detail",
                        is("http://127.0.0.1:1/x resolves to a private address (127.0.0.1; loopback 127.0.0.0/8);"
                                + " the server does not fetch those"));
    }

    @Test
    void should_refuse_the_cloud_metadata_service_without_connecting() {
        given().contentType("application/json")
                .body("{\"url\": \"http://169.254.169.254/latest/meta-data/\"}")
                .when()
                .post("/v1/test/fetch")
                .then()
                .statusCode(400)
                .time(lessThan(2000L))
                .body(
                        "detail",
                        is("http://169.254.169.254/latest/meta-data/ resolves to a private address"
                                + " (169.254.169.254; the cloud metadata service, link-local 169.254.0.0/16);"
                                + " the server does not fetch those"));
    }

    @Test
    void should_refuse_a_private_url_on_every_endpoint_that_takes_one() {
        for (String endpoint : new String[] {"/v1/inspect", "/v1/articles", "/v1/summaries"}) {
            given().contentType("application/json")
                    .body("{\"url\": \"http://10.0.0.7/berita\"}")
                    .when()
                    .post(endpoint)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body(
                            "detail",
                            is("http://10.0.0.7/berita resolves to a private address (10.0.0.7; private network"
                                    + " 10.0.0.0/8); the server does not fetch those"));
        }
    }

    @Test
    void should_say_which_address_a_shortened_ipv4_url_stands_for() {
        given().contentType("application/json")
                .body("{\"url\": \"http://127.1/berita\"}")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "detail",
                        is("http://127.1/berita resolves to a private address (127.1, a shortened IPv4 address for"
                                + " 127.0.0.1; loopback 127.0.0.0/8); the server does not fetch those"));
    }
}
